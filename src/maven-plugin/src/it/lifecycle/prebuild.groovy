// With RETORT_TEST_DATABASE_URL (CI), this case runs against that server, in a database of its own that is made
// here and dropped by verify.groovy; its URL goes into retort.properties, the layer below the POM and the
// environment. Without it the goals use the embedded PostgreSQL, kept in target/retort.
def base = System.getenv('RETORT_TEST_DATABASE_URL')
if (base == null || base.isBlank()) {
    return true
}
def name = 'retort_it_lifecycle'
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
new File(basedir, 'retort.properties').text = 'url=' + m.group(1) + name + m.group(3) + '\n'
true
