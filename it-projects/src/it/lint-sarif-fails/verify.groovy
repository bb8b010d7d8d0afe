import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }

// the console keeps the text findings
expect '[ERROR] src/main/resources/db/migration/V2__drop_email.sql:1:19: error[ban-drop-column] ' +
        'Dropping column "email" of "users" breaks clients still reading it (ACCESS EXCLUSIVE lock on users)'
expect '[INFO] Migration Guard: sarif report written to target/migration-guard/migration-guard.sarif'
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') } : 'no stack trace expected'

// the report is SARIF 2.1.0 naming the rule, its page and the place of the finding
def file = new File(basedir, 'target/migration-guard/migration-guard.sarif')
assert file.isFile() : "$file was not written"
def sarif = new JsonSlurper().parse(file)
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
def rule = run.tool.driver.rules.find { it.id == 'ban-drop-column' }
assert rule != null : 'the rule list lacks ban-drop-column'
assert rule.helpUri == null && rule.help.markdown.startsWith('# ban-drop-column')
def result = run.results.find { it.ruleId == 'ban-drop-column' }
assert result != null : 'no ban-drop-column result'
assert result.level == 'error'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri.endsWith('src/main/resources/db/migration/V2__drop_email.sql')
assert location.region.startLine == 1
assert location.region.startColumn == 19
assert run.tool.driver.rules[result.ruleIndex].id == 'ban-drop-column'
