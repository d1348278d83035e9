-- Rows beside the 2025 Australian GP results (loaded from jolpica/2025_1_results.json by MartsFixture): the real
-- 2025 Chinese GP race and sprint points of five drivers, the real 2024 standings after rounds 1 and 2, and five
-- laps of four cars in Melbourne (times and positions made up but plausible: lap 3 under the safety car, Piastri
-- pitting on lap 4).
INSERT INTO marts.dim_drivers VALUES
  ('perez', 'PER', '11', 'Sergio', 'Pérez', 'Sergio Pérez', DATE '1990-01-26', 'Mexican', NULL);
INSERT INTO marts.dim_races (race_id, season, round, race_name, circuit_id, race_date, has_schedule, session_key) VALUES
  (202501, 2025, 1, 'Australian Grand Prix', 'albert_park', DATE '2025-03-16', false, '9693'),
  (202502, 2025, 2, 'Chinese Grand Prix', 'shanghai', DATE '2025-03-23', false, NULL),
  (202503, 2025, 3, 'Japanese Grand Prix', 'suzuka', DATE '2025-04-06', false, NULL),
  (202401, 2024, 1, 'Bahrain Grand Prix', 'bahrain', DATE '2024-03-02', false, NULL),
  (202402, 2024, 2, 'Saudi Arabian Grand Prix', 'jeddah', DATE '2024-03-09', false, NULL);
INSERT INTO marts.fct_results (result_id, race_id, season, round, driver_id, constructor_id, car_number, grid, position,
  position_text, position_order, points, laps, status, is_classified) VALUES
  ('202502-piastri', 202502, 2025, 2, 'piastri', 'mclaren', 81, 1, 1, '1', 1, 25, 56, 'Finished', true),
  ('202502-norris', 202502, 2025, 2, 'norris', 'mclaren', 4, 3, 2, '2', 2, 18, 56, 'Finished', true),
  ('202502-russell', 202502, 2025, 2, 'russell', 'mercedes', 63, 2, 3, '3', 3, 15, 56, 'Finished', true),
  ('202502-max_verstappen', 202502, 2025, 2, 'max_verstappen', 'red_bull', 1, 4, 4, '4', 4, 12, 56, 'Finished', true),
  ('202502-hamilton', 202502, 2025, 2, 'hamilton', 'ferrari', 44, 5, NULL, 'D', 20, 0, 56, 'Disqualified', false);
INSERT INTO marts.fct_sprint_results (sprint_result_id, race_id, season, round, driver_id, constructor_id, car_number,
  grid, position, position_text, position_order, points, laps, status, is_classified) VALUES
  ('202502-hamilton', 202502, 2025, 2, 'hamilton', 'ferrari', 44, 1, 1, '1', 1, 8, 19, 'Finished', true),
  ('202502-piastri', 202502, 2025, 2, 'piastri', 'mclaren', 81, 3, 2, '2', 2, 7, 19, 'Finished', true),
  ('202502-max_verstappen', 202502, 2025, 2, 'max_verstappen', 'red_bull', 1, 2, 3, '3', 3, 6, 19, 'Finished', true),
  ('202502-russell', 202502, 2025, 2, 'russell', 'mercedes', 63, 5, 4, '4', 4, 5, 19, 'Finished', true),
  ('202502-norris', 202502, 2025, 2, 'norris', 'mclaren', 4, 6, 8, '8', 8, 1, 19, 'Finished', true);
INSERT INTO marts.fct_driver_standings VALUES
  ('202401-max_verstappen', 202401, 2024, 1, 'max_verstappen', 'red_bull', 1, 26, 1),
  ('202401-perez', 202401, 2024, 1, 'perez', 'red_bull', 2, 18, 0),
  ('202401-sainz', 202401, 2024, 1, 'sainz', 'ferrari', 3, 15, 0),
  ('202401-leclerc', 202401, 2024, 1, 'leclerc', 'ferrari', 4, 12, 0),
  ('202402-max_verstappen', 202402, 2024, 2, 'max_verstappen', 'red_bull', 1, 51, 2),
  ('202402-perez', 202402, 2024, 2, 'perez', 'red_bull', 2, 36, 0),
  ('202402-leclerc', 202402, 2024, 2, 'leclerc', 'ferrari', 3, 28, 0),
  ('202402-sainz', 202402, 2024, 2, 'sainz', 'ferrari', 4, 15, 0);
INSERT INTO marts.fct_laps (lap_id, race_id, session_key, car_number, driver_id, driver_code, lap, lap_time_ms,
  lap_time_source, position, is_pit_in_lap, is_pit_out_lap, track_status) VALUES
  ('202501-4-1', 202501, '9693', '4', 'norris', 'NOR', 1, 95000, 'feed', 1, false, false, '1'),
  ('202501-1-1', 202501, '9693', '1', 'max_verstappen', 'VER', 1, 96000, 'feed', 2, false, false, '1'),
  ('202501-81-1', 202501, '9693', '81', 'piastri', 'PIA', 1, 96500, 'feed', 3, false, false, '1'),
  ('202501-63-1', 202501, '9693', '63', 'russell', 'RUS', 1, 97000, 'feed', 4, false, false, '1'),
  ('202501-4-2', 202501, '9693', '4', 'norris', 'NOR', 2, 84000, 'feed', 1, false, false, '1'),
  ('202501-1-2', 202501, '9693', '1', 'max_verstappen', 'VER', 2, 84500, 'feed', 2, false, false, '1'),
  ('202501-81-2', 202501, '9693', '81', 'piastri', 'PIA', 2, 84200, 'feed', 3, false, false, '1'),
  ('202501-63-2', 202501, '9693', '63', 'russell', 'RUS', 2, 84800, 'feed', 4, false, false, '1'),
  ('202501-4-3', 202501, '9693', '4', 'norris', 'NOR', 3, 96000, 'feed', 1, false, false, '4'),
  ('202501-1-3', 202501, '9693', '1', 'max_verstappen', 'VER', 3, 96500, 'feed', 2, false, false, '4'),
  ('202501-81-3', 202501, '9693', '81', 'piastri', 'PIA', 3, 97000, 'feed', 3, false, false, '4'),
  ('202501-63-3', 202501, '9693', '63', 'russell', 'RUS', 3, 97500, 'feed', 4, false, false, '41'),
  ('202501-4-4', 202501, '9693', '4', 'norris', 'NOR', 4, 84100, 'feed', 1, false, false, '1'),
  ('202501-1-4', 202501, '9693', '1', 'max_verstappen', 'VER', 4, 84600, 'feed', 2, false, false, '1'),
  ('202501-81-4', 202501, '9693', '81', 'piastri', 'PIA', 4, 104000, 'feed', 4, true, false, '1'),
  ('202501-63-4', 202501, '9693', '63', 'russell', 'RUS', 4, 85000, 'feed', 3, false, false, '1'),
  ('202501-4-5', 202501, '9693', '4', 'norris', 'NOR', 5, 83900, 'feed', 1, false, false, '1'),
  ('202501-1-5', 202501, '9693', '1', 'max_verstappen', 'VER', 5, 84300, 'feed', 2, false, false, '1'),
  ('202501-81-5', 202501, '9693', '81', 'piastri', 'PIA', 5, 99000, 'feed', 4, false, true, '1'),
  ('202501-63-5', 202501, '9693', '63', 'russell', 'RUS', 5, 84900, 'feed', 3, false, false, '1');
INSERT INTO marts.fct_stints VALUES
  ('202501-4-1', 202501, '9693', '4', 'norris', 1, 'INTERMEDIATE', true, 1, 5, 5, 0),
  ('202501-1-1', 202501, '9693', '1', 'max_verstappen', 1, 'INTERMEDIATE', true, 1, 5, 5, 0),
  ('202501-63-1', 202501, '9693', '63', 'russell', 1, 'INTERMEDIATE', true, 1, 5, 5, 0),
  ('202501-81-2', 202501, '9693', '81', 'piastri', 2, 'HARD', true, 5, 5, 1, 0),
  ('202501-81-1', 202501, '9693', '81', 'piastri', 1, 'INTERMEDIATE', true, 1, 4, 4, 0);
INSERT INTO marts.fct_pit_stops VALUES
  ('202501-alonso-1', 202501, 'alonso', '14', 1, 2, 30100, 'feed'),
  ('202501-piastri-1', 202501, 'piastri', '81', 1, 4, 21800, 'feed');
INSERT INTO marts.dim_race_entries VALUES
  ('202501-4', 202501, '9693', '4', 'norris', 'NOR', 'mclaren', 'McLaren', 'FF8000'),
  ('202501-81', 202501, '9693', '81', 'piastri', 'PIA', 'mclaren', 'McLaren', 'FF8000'),
  ('202501-1', 202501, '9693', '1', 'max_verstappen', 'VER', 'red_bull', 'Red Bull Racing', '3671C6');
