// dbms-components: name, versions and edition of the server. No parameters.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
