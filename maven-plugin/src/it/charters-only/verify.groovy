// Built from a folder with no pom: the site is in target/charterkit-site beside charters/, with the plugin's own
// theme, and no folder named after an unfilled Maven expression was made.
def site = new File(basedir, 'target/charterkit-site')
def charter = new File(site, 'little-wold/charter/index.html')
assert charter.isFile() : "no charter page in ${site}"
assert charter.getText('UTF-8').contains('greet every family by name at forum meetings')
assert new File(site, 'assets/charterkit.css').isFile()
assert !new File(basedir, 'pom.xml').exists()
def strays = basedir.listFiles().findAll { it.name.contains('${') }
assert strays.isEmpty() : "folders named after Maven expressions: ${strays}"
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('The charters have no errors.')
assert log.contains('charterkit:build') && log.contains('Display help information on charterkit-maven-plugin')
return true
