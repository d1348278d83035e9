-- The marts the analysis API reads, as docs/marts.md defines them (DuckDB types as dbt-duckdb builds them).
CREATE SCHEMA marts;
CREATE TABLE marts.dim_drivers (driver_id VARCHAR, code VARCHAR, permanent_number VARCHAR, given_name VARCHAR,
  family_name VARCHAR, full_name VARCHAR, date_of_birth DATE, nationality VARCHAR, url VARCHAR);
CREATE TABLE marts.dim_constructors (constructor_id VARCHAR, constructor_name VARCHAR, nationality VARCHAR, url VARCHAR);
CREATE TABLE marts.dim_races (race_id INTEGER, season INTEGER, round INTEGER, race_name VARCHAR, circuit_id VARCHAR,
  race_date DATE, race_start_utc TIMESTAMP, fp1_utc TIMESTAMP, fp2_utc TIMESTAMP, fp3_utc TIMESTAMP,
  qualifying_utc TIMESTAMP, sprint_qualifying_utc TIMESTAMP, sprint_utc TIMESTAMP, has_schedule BOOLEAN,
  session_key VARCHAR, url VARCHAR);
CREATE TABLE marts.fct_results (result_id VARCHAR, race_id INTEGER, season INTEGER, round INTEGER, driver_id VARCHAR,
  constructor_id VARCHAR, car_number INTEGER, grid INTEGER, position INTEGER, position_text VARCHAR,
  position_order INTEGER, points FLOAT, laps INTEGER, status VARCHAR, is_classified BOOLEAN, race_time_ms BIGINT,
  fastest_lap INTEGER, fastest_lap_rank INTEGER, fastest_lap_time_ms BIGINT);
CREATE TABLE marts.fct_sprint_results AS SELECT * EXCLUDE (result_id), result_id AS sprint_result_id
  FROM marts.fct_results WHERE false;
CREATE TABLE marts.fct_laps (lap_id VARCHAR, race_id INTEGER, session_key VARCHAR, car_number VARCHAR,
  driver_id VARCHAR, driver_code VARCHAR, lap INTEGER, lap_time_ms BIGINT, lap_time_source VARCHAR,
  is_lap_time_derived BOOLEAN, sector1_ms BIGINT, sector2_ms BIGINT, sector3_ms BIGINT, lap_start_ms BIGINT,
  lap_end_ms BIGINT, position BIGINT, compound VARCHAR, tyre_life INTEGER, stint INTEGER, is_pit_in_lap BOOLEAN,
  is_pit_out_lap BOOLEAN, track_status VARCHAR);
CREATE TABLE marts.fct_pit_stops (pit_stop_id VARCHAR, race_id INTEGER, driver_id VARCHAR, car_number VARCHAR,
  stop INTEGER, lap INTEGER, duration_ms BIGINT, source VARCHAR);
CREATE TABLE marts.fct_driver_standings (driver_standing_id VARCHAR, race_id INTEGER, season INTEGER, round INTEGER,
  driver_id VARCHAR, constructor_id VARCHAR, position INTEGER, points FLOAT, wins INTEGER);
CREATE TABLE marts.fct_stints (stint_id VARCHAR, race_id INTEGER, session_key VARCHAR, car_number VARCHAR,
  driver_id VARCHAR, stint INTEGER, compound VARCHAR, is_fresh BOOLEAN, start_lap INTEGER, end_lap INTEGER,
  laps BIGINT, tyre_age_at_start INTEGER);
-- not in docs/marts.md yet: the feed's driver list with team colours; the API uses it when it exists
CREATE TABLE marts.dim_race_entries (race_entry_id VARCHAR, race_id INTEGER, session_key VARCHAR, car_number VARCHAR,
  driver_id VARCHAR, driver_code VARCHAR, constructor_id VARCHAR, team_name VARCHAR, team_colour VARCHAR);
