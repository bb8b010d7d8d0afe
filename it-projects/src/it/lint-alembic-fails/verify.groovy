// the scripts alembic upgrade base:head --sql and alembic downgrade head:base --sql print: three revisions, each
// linted with its downgrade; Alembic's BEGIN/COMMIT and alembic_version bookkeeping are not the revisions' SQL; the
// autocommit_block() of c1a8e5f3d207 runs CREATE INDEX CONCURRENTLY outside the transaction
def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }

expect '[ERROR] sql/upgrade.sql:20:21: error[ban-drop-column] Dropping column "email" of "account" breaks clients ' +
        'still reading it (ACCESS EXCLUSIVE lock on account) (revision 9e7c3d2b1f45)'
expect '[INFO] Migration Guard: 2 files, 6 statements (0 not understood); 1 error, 1 warning, 0 infos'
assert lines.count { it.contains('error[') } == 1 : 'only the dropped column is an error'
assert !lines.any { it.contains('transaction-nesting') || it.contains('in-transaction') } :
        'the autocommit block is read as Alembic runs it'
assert !lines.any { it.contains('alembic_version') } : 'Alembic bookkeeping is not linted'
assert lines.any { it.endsWith(': Migration Guard found 1 error(s) at or above fail-on=error; ' +
        'see the findings above -> [Help 1]') }
