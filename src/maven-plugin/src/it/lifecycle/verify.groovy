// revision wrote one migration from the compiled entity, upgrade applied it, and check found no drift
def migrations = new File(basedir, 'migrations').listFiles().findAll { it.name.endsWith('.java') }
assert migrations.size() == 1 : 'migrations: ' + migrations
def source = migrations[0].text
assert source.contains('"p1"') && source.contains('createTable') && source.contains('"person"')
def json = new File(basedir, 'target/retort-check.json')
assert json.isFile()
assert new groovy.json.JsonSlurper().parse(json).status == 'in_sync'
def log = new File(basedir, 'build.log').text
assert !log.contains('retort check: exit')

def base = System.getenv('RETORT_TEST_DATABASE_URL')
if (base == null || base.isBlank()) {
    // the embedded PostgreSQL that revision and upgrade used is kept in target/, not in the project folder
    assert new File(basedir, 'target/retort/pg').isDirectory()
    assert !new File(basedir, '.retort').exists()
    return true
}
def name = 'retort_it_lifecycle'
def m = base =~ /^(jdbc:postgresql:\/\/[^\/?]+\/)([^?]*)(.*)$/
assert m.matches()
def db = new org.postgresql.Driver().connect(m.group(1) + name + m.group(3), new Properties())
try {
    def rs = db.createStatement().executeQuery('select revision from public.retort_version')
    def revisions = []
    while (rs.next()) {
        revisions << rs.getString(1)
    }
    assert revisions == ['p1']
    rs = db.createStatement().executeQuery("select count(*) from information_schema.columns "
            + "where table_schema = 'public' and table_name = 'person'")
    rs.next()
    assert rs.getInt(1) == 2 : 'person has not the columns id and name'
} finally {
    db.close()
}
def c = new org.postgresql.Driver().connect(base, new Properties())
try {
    c.createStatement().withCloseable { it.execute('drop database ' + name + ' with (force)') }
} finally {
    c.close()
}
true
