CREATE OR REPLACE FUNCTION public.set_updated_at()
RETURNS TRIGGER AS $BODY$
BEGIN
    NEW.updated_at = NOW();
    RETURN NEW;
END;
$BODY$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS set_updated_at ON public.accounts;
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE PROCEDURE public.set_updated_at();
CREATE OR REPLACE FUNCTION audit.log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp AS $fn$
DECLARE
  payload jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN
    payload := to_jsonb(OLD);
  ELSE
    payload := to_jsonb(NEW);
  END IF;
  INSERT INTO audit.events (table_name, op, payload, at) VALUES (TG_TABLE_NAME, TG_OP, payload, clock_timestamp());
  RETURN COALESCE(NEW, OLD);
END
$fn$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON public.accounts FOR EACH ROW EXECUTE FUNCTION audit.log_change();
CREATE CONSTRAINT TRIGGER check_balance AFTER INSERT OR UPDATE ON public.ledger DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_balance();
CREATE FUNCTION public.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN a + b;
CREATE FUNCTION public.full_name(first text, last text) RETURNS text
    LANGUAGE sql STABLE
    BEGIN ATOMIC
        SELECT first || ' ' || last;
    END;
CREATE OR REPLACE PROCEDURE public.archive_old(days integer)
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM public.events WHERE created_at < now() - make_interval(days => days);
  COMMIT;
END;
$$;
CALL public.archive_old(90);
ALTER FUNCTION public.add(integer, integer) SET search_path = public;
ALTER PROCEDURE public.archive_old(integer) RENAME TO purge_old;
DROP FUNCTION IF EXISTS public.add(integer, integer);
DROP PROCEDURE public.purge_old(integer);
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_user') THEN
    CREATE ROLE app_user LOGIN;
  END IF;
END
$$;
DO LANGUAGE plpgsql $do$
DECLARE r record;
BEGIN
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER TABLE public.%I OWNER TO app_owner', r.tablename);
  END LOOP;
END
$do$;
CREATE EVENT TRIGGER ddl_audit ON ddl_command_end EXECUTE FUNCTION audit.ddl_log();
ALTER TABLE public.accounts DISABLE TRIGGER accounts_audit;
ALTER TABLE public.accounts ENABLE TRIGGER accounts_audit;
ALTER TABLE public.accounts ENABLE REPLICA TRIGGER set_updated_at;
ALTER TRIGGER set_updated_at ON public.accounts RENAME TO touch_updated_at;
CREATE OR REPLACE RULE protect_ledger AS ON DELETE TO public.ledger DO INSTEAD NOTHING;
DROP RULE IF EXISTS protect_ledger ON public.ledger;
CREATE AGGREGATE public.array_cat_agg(anycompatiblearray) (SFUNC = array_cat, STYPE = anycompatiblearray);
DROP EVENT TRIGGER IF EXISTS ddl_audit;
SELECT public.set_updated_at_all();
