// {{ p.header }}
rootProject.name = "errgen-codes"
