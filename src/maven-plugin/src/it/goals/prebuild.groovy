// The goals' database, named in retort.properties (which edited/pom.xml reads too): with
// RETORT_TEST_DATABASE_URL (CI), a database of its own on that server, made here and dropped by verify.groovy;
// without it, no url, and the goals use the embedded PostgreSQL in target/retort.
def base = System.getenv('RETORT_TEST_DATABASE_URL')
def settings = new File(basedir, 'retort.properties')
if (base == null || base.isBlank()) {
    settings.text = '# no url: the embedded PostgreSQL\n'
    return true
}
def name = 'retort_it_goals'
def m = base =~ /^(jdbc:postgresql:\/\/[^\/?]+\/)([^?]*)(.*)$/
assert m.matches() : 'RETORT_TEST_DATABASE_URL is not jdbc:postgresql://host:port/db: ' + base
def c = new org.postgresql.Driver().connect(base, new Properties())
try {
    c.createStatement().withCloseable { s ->
        s.execute('drop database if exists ' + name + ' with (force)')
        s.execute('create database ' + name)
    }
} finally {
    c.close()
}
settings.text = 'url=' + m.group(1) + name + m.group(3) + '\n'
true
