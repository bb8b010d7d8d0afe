-- a hotfix run by hand during an incident, not in the migrations
CREATE INDEX users_nickname_idx ON users (nickname);
