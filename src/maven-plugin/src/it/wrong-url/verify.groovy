// the goal failed with Retort's one-line message and the exit code of 'retort current' (4: unreachable)
def log = new File(basedir, 'build.log').text
def line = log.readLines().find { it.contains('retort current: exit ') }
assert line != null : 'no Retort failure in the log'
assert line.contains('retort current: exit 4 \u2014 ')
assert line.contains('127.0.0.1:1') : 'the POM url did not win: ' + line
assert !log.contains('127.0.0.1:2') && !log.contains('127.0.0.1:3')
assert !log.contains('at dev.retort.') : 'a stack trace was printed'
true
