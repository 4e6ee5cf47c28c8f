// mutate-create-actor: an actor an analyst names while correcting a statement, not in the
// gazetteer: isNew, not curated, with the label of its kind chosen by a fixed CASE (labels cannot
// be parameters). The caller checked that the id is free. Params: $id, $name, $kind, $by,
// $searchText, $searchVersion.
CREATE (a:Actor {id: $id, name: $name, kind: $kind, aliases: [], isNew: true, curated: false,
  searchText: $searchText, searchVersion: $searchVersion, createdBy: $by, createdAt: datetime()})
FOREACH (_ IN CASE WHEN $kind = 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN $kind = 'office' THEN [1] ELSE [] END | SET a:Office)
FOREACH (_ IN CASE WHEN $kind = 'group' THEN [1] ELSE [] END | SET a:Group)
FOREACH (_ IN CASE WHEN $kind = 'organisation' THEN [1] ELSE [] END | SET a:Organisation)
RETURN properties(a) AS node
