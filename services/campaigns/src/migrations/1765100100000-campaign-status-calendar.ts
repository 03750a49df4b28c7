import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Campaign statuses that follow the calendar (see domain/campaign-status.ts), and their history.
 *
 * - `status_follows_calendar`: whether PLANNED/ACTIVE/COMPLETED come from the dates (true) or are an
 *   editor's explicit setting (false). Existing campaigns with a first day follow the calendar from
 *   now on (that is what makes stale ACTIVE campaigns COMPLETED); without one, their stored status stays.
 * - SQL functions that compute the status on a day, the same rule as the TypeScript code.
 * - `campaign_status_interval`: the stored status and calendar flag of each campaign over time, one
 *   row per interval [valid_from, valid_to), written by a trigger on every insert and status change
 *   (whatever writes it), so reports can read the status as it stood at the end of a period. The first
 *   interval starts at -infinity: a campaign recorded after the fact had its first status all along.
 */
export class CampaignStatusCalendar1765100100000 implements MigrationInterface {
  name = 'CampaignStatusCalendar1765100100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaign ADD COLUMN status_follows_calendar boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `UPDATE campaign SET status_follows_calendar = false WHERE status IN ('DRAFT', 'CANCELLED') OR start_date IS NULL`,
    );
    await queryRunner.query(`
      CREATE FUNCTION iraq_today() RETURNS date
        LANGUAGE sql STABLE PARALLEL SAFE AS
      $fn$ SELECT (now() AT TIME ZONE 'Asia/Baghdad')::date $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION campaign_calendar_status(start_date date, end_date date, day date) RETURNS varchar
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $fn$ SELECT CASE WHEN start_date IS NULL OR start_date > day THEN 'PLANNED'
                       WHEN end_date IS NOT NULL AND end_date < day THEN 'COMPLETED'
                       ELSE 'ACTIVE' END $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION campaign_status_on(status varchar, follows_calendar boolean, start_date date, end_date date, day date) RETURNS varchar
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $fn$ SELECT CASE WHEN follows_calendar AND status NOT IN ('DRAFT', 'CANCELLED') THEN campaign_calendar_status(start_date, end_date, day)
                       ELSE status END $fn$`);
    await queryRunner.query(`
      CREATE TABLE campaign_status_interval (
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        status varchar(20) NOT NULL,
        follows_calendar boolean NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        PRIMARY KEY (campaign_id, valid_from),
        CONSTRAINT campaign_status_interval_in_order CHECK (valid_to IS NULL OR valid_to > valid_from)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX campaign_status_interval_open_idx ON campaign_status_interval (campaign_id) WHERE valid_to IS NULL`,
    );
    await queryRunner.query(
      `INSERT INTO campaign_status_interval (campaign_id, status, follows_calendar, valid_from)
       SELECT id, status, status_follows_calendar, '-infinity' FROM campaign`,
    );
    // Two changes in one transaction share now(): the second replaces the first's empty interval.
    await queryRunner.query(`
      CREATE FUNCTION record_campaign_status() RETURNS trigger
        LANGUAGE plpgsql AS
      $fn$ BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO campaign_status_interval (campaign_id, status, follows_calendar, valid_from)
          VALUES (NEW.id, NEW.status, NEW.status_follows_calendar, '-infinity');
          RETURN NEW;
        END IF;
        IF (NEW.status, NEW.status_follows_calendar) IS NOT DISTINCT FROM (OLD.status, OLD.status_follows_calendar) THEN
          RETURN NEW;
        END IF;
        DELETE FROM campaign_status_interval WHERE campaign_id = NEW.id AND valid_from = now();
        UPDATE campaign_status_interval SET valid_to = now() WHERE campaign_id = NEW.id AND valid_to IS NULL;
        INSERT INTO campaign_status_interval (campaign_id, status, follows_calendar, valid_from)
        VALUES (NEW.id, NEW.status, NEW.status_follows_calendar, now());
        RETURN NEW;
      END $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER campaign_status_history AFTER INSERT OR UPDATE OF status, status_follows_calendar ON campaign
       FOR EACH ROW EXECUTE FUNCTION record_campaign_status()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER campaign_status_history ON campaign`);
    await queryRunner.query(`DROP FUNCTION record_campaign_status()`);
    await queryRunner.query(`DROP TABLE campaign_status_interval`);
    await queryRunner.query(`DROP FUNCTION campaign_status_on(varchar, boolean, date, date, date)`);
    await queryRunner.query(`DROP FUNCTION campaign_calendar_status(date, date, date)`);
    await queryRunner.query(`DROP FUNCTION iraq_today()`);
    await queryRunner.query(`ALTER TABLE campaign DROP COLUMN status_follows_calendar`);
  }
}
