/**
 * Step 1 of the CMPT, human resources time available: paid time minus leave minus non-client
 * duties gives each clinician's time for client care.
 *
 * <p>Inputs: a {@link io.github.cmpt.supply.Team} of {@link io.github.cmpt.supply.Clinician}s, each
 * with a {@link io.github.cmpt.vocabulary.Role} and a contract
 * ({@link io.github.cmpt.supply.WorkHours}); {@link io.github.cmpt.supply.Leave} lines (days, hours
 * or holiday dates from a {@link io.github.cmpt.supply.HolidayCalendar}, prorated by FTE or absolute);
 * {@link io.github.cmpt.supply.NonClientActivity} lines (a share of worked time, an amount per day or
 * week that scales with worked time, or a fixed total per month or year; for everyone or named
 * clinicians).
 *
 * <p>Results: {@link io.github.cmpt.supply.ClinicianTime} and {@link io.github.cmpt.supply.TeamTime},
 * whose {@link io.github.cmpt.supply.TimeBreakdown}s add up exactly
 * ({@code paid = leave + non-client + client-care}) per clinician, per role, per team and per 1.0
 * FTE; and the {@link io.github.cmpt.worksheet.Step1Worksheet}.
 */
@NullMarked
package io.github.cmpt.supply;

import org.jspecify.annotations.NullMarked;
