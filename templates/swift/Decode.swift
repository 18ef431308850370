// {{ p.header }}
// Apart from the tables and CatalogCode.swift, so that a program that
// decodes with one table's type links only the file of tables holding it.

/// Every table id, sorted.
public let catalogTableIDs: [String] = [
{%- for t in p.tables %}
    {{ t.id_lit }}{% if !(loop.first && loop.last) %},{% endif %}
{%- endfor %}
]

/// Decodes `code` in the table with id `table` (see `catalogTableIDs`);
/// `nil` only when there is no such table.
public func decode(table: String, code: String) -> (any CatalogCode)? {
    switch table {
{%- for t in p.tables %}
    case {{ t.id_lit }}: return {{ t.type_name }}(code: code)
{%- endfor %}
    default: return nil
    }
}
