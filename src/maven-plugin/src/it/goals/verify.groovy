// Each goal printed what the command line prints, in the order of invoker.properties, and the database holds
// what downgrade and stamp left: the schema of g1, recorded as g2.
def log = new File(basedir, 'build.log').text
def expected = [
        ':upgrade (default-cli) @ goals ---', 'upgrade <base> -> g1: create person (', 'upgrade g1 -> g2: person email (',
        ':current (default-cli) @ goals ---', 'g2 (head) (current)',
        ':heads (default-cli) @ goals ---', 'g2 (head), person email',
        ':history (default-cli) @ goals ---', 'g1 -> g2 (head), person email', '<base> -> g1, create person',
        ':validate (default-cli) @ goals ---', 'ok: 2 applied migration(s) unchanged, 0 unapplied',
        ':downgrade (default-cli) @ goals ---', 'downgrade g2 -> g1: person email (',
        ':current (default-cli) @ goals ---', 'g1 (current)',
        ':stamp (default-cli) @ goals ---', 'stamped g2',
        ':current (default-cli) @ goals ---', 'g2 (head) (current)',
]
int at = 0
for (String line : expected) {
    int found = log.indexOf(line, at)
    assert found >= 0 : 'not in build.log (in this order): ' + line
    at = found + line.length()
}
assert !log.contains('at dev.retort.') : 'a stack trace was printed'

// the fourth run, in edited/, failed in validate with Retort's words and exit code
def failed = log.substring(at)
assert failed.contains('edited: migrations/M1_create_person.java (revision g1) was edited after it was applied')
assert failed.contains('missing: revision g2 is applied to the database but no migration declares it')
assert failed.contains('retort validate: exit 8 \u2014 2 applied migration(s) edited or missing: g1, g2')

def base = System.getenv('RETORT_TEST_DATABASE_URL')
if (base == null || base.isBlank()) {
    assert new File(basedir, 'target/retort/pg').isDirectory()
    return true
}
def name = 'retort_it_goals'
def m = base =~ /^(jdbc:postgresql:\/\/[^\/?]+\/)([^?]*)(.*)$/
assert m.matches()
def db = new org.postgresql.Driver().connect(m.group(1) + name + m.group(3), new Properties())
try {
    def rs = db.createStatement().executeQuery('select revision from public.retort_version')
    def revisions = []
    while (rs.next()) {
        revisions << rs.getString(1)
    }
    // one row per applied revision: g1 upgraded, g2 stamped
    assert revisions.sort() == ['g1', 'g2'] : 'stamp did not record g2: ' + revisions
    rs = db.createStatement().executeQuery("select column_name from information_schema.columns "
            + "where table_schema = 'public' and table_name = 'person' order by column_name")
    def columns = []
    while (rs.next()) {
        columns << rs.getString(1)
    }
    assert columns == ['id', 'name'] : 'downgrade did not drop email, or stamp ran g2: ' + columns
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
