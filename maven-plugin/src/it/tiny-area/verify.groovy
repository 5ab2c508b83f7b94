// The site was built from the tiny project, with the plugin's own theme: the commitment and the PDF are there.
def site = new File(basedir, 'target/charterkit-site')
def charter = new File(site, 'tiny/charter/index.html')
assert charter.isFile() : "no charter page in ${site}"
assert charter.getText('UTF-8').contains('write papers in plain English')
assert new File(site, 'tiny/charter.pdf').length() > 1000
assert new File(site, 'assets/charterkit.css').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('The charters have no errors.')
return true
