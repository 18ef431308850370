// {{ p.header }}
// Tables {{ first }} to {{ last }}: several tables a file, so that the
// compiler's per-file work (loading modules, parsing every file) is done
// for few files.
import Foundation
{%- for b in bodies %}

{{ b }}
{%- endfor %}
