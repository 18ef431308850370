// {{ p.header }}
rootProject.name = "{{ p.pkg.artifact }}"
