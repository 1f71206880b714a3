// retort:check failed the build with the drift, named the way the command line does, and wrote the reports first
def log = new File(basedir, 'build.log').text
assert log.contains('retort check: exit 1 \u2014 drift: the entities differ from the migrations')
assert !log.contains('at dev.retort.') : 'a stack trace was printed'
def text = new File(basedir, 'target/retort-check.txt')
def json = new File(basedir, 'target/retort-check.json')
def md = new File(basedir, 'target/retort-check.md')
assert text.isFile() && json.isFile() && md.isFile()
assert text.text.contains('person')
assert new groovy.json.JsonSlurper().parse(json).status == 'drift'
assert new groovy.json.JsonSlurper().parse(json).exitCode == 1
assert md.text.contains('person')
// the throwaway database of check and the compile cache live in target/, not in the project folder
assert !new File(basedir, '.retort').exists()
true
