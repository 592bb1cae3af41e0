/**
 * Alarm management (issue 5), plain Java: no Vert.x, no JDBC.
 *
 * <ul>
 *   <li>Definitions: {@link org.parkwatch.backend.alarm.AlarmDefinition}, defaults from the
 *       gis-data tag list ({@link org.parkwatch.backend.alarm.DefaultAlarmDefinitions#from}),
 *       overrides from a JSON file ({@link org.parkwatch.backend.alarm.AlarmConfigLoader}, example
 *       {@code parkwatch/alarm/alarms.example.json}), checked by {@link
 *       org.parkwatch.backend.alarm.AlarmDefinitionValidator}.
 *   <li>Evaluation: {@link org.parkwatch.backend.alarm.AlarmEvaluator} (samples → condition
 *       changes, sample time only).
 *   <li>ISA-18.2 states: {@link org.parkwatch.backend.alarm.AlarmStateMachine}; the whole park:
 *       {@link org.parkwatch.backend.alarm.AlarmManager} (active list, journal sink, snapshot
 *       restore).
 *   <li>KPIs: {@link org.parkwatch.backend.alarm.AlarmKpiCalculator} over journal entries.
 *   <li>SIS bypasses and work permits: {@link org.parkwatch.backend.alarm.BypassRegister}.
 *   <li>Linked alarms → incidents: package {@code correlation}.
 * </ul>
 *
 * Wiring (for the Vert.x adapter): ingest samples → {@code AlarmManager.onSample}; live state →
 * {@code setStale}, {@code setFeedLost}; a periodic timer → {@code tick(now)} and {@code
 * BypassRegister.changes(now)} → {@code setCondition}; sis-bypass samples → {@code
 * BypassRegister.onBypass}; the journal sink → store + push + {@code AlarmSignal.of} → {@code
 * CorrelationEngine.onAlarm}. Call everything from one thread.
 */
package org.parkwatch.backend.alarm;
