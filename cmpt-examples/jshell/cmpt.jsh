// JShell startup script for cmpt: imports the API and defines a small team, a profile and a plan.
// Open it with (see the README):
//   jshell --class-path "$(cat cmpt-examples/target/classpath.txt)" cmpt-examples/jshell/cmpt.jsh
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import io.github.cmpt.time.*;
import io.github.cmpt.vocabulary.*;
import io.github.cmpt.supply.*;
import io.github.cmpt.demand.*;
import io.github.cmpt.plan.*;
import io.github.cmpt.report.*;
import io.github.cmpt.wisn.*;
import io.github.cmpt.worksheet.*;
import io.github.cmpt.examples.*;

// Step 1: a 37.5-hour, five-day week paid 52 weeks a year; a part-time OT and a full-time OT.
var week = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));
var ana = Clinician.builder().id("ot-1").role(Role.OCCUPATIONAL_THERAPIST).workHours(WorkHours.of(week, Fte.of("0.8"))).addLeave(Leave.ofDays(LeaveType.VACATION, 20)).addActivity(NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10))).build();
var bo = Clinician.builder().id("ot-2").role(Role.OCCUPATIONAL_THERAPIST).workHours(WorkHours.of(week, Fte.ONE)).addLeave(Leave.ofDays(LeaveType.VACATION, 25)).addActivity(NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10))).build();
var team = Team.builder().name("Outpatient OT").addClinicians(ana, bo).build();

// Step 2: two levels of a three-level scale, each with a profile of activities.
var scale = ComplexityScale.ofThreeLevels();
var low = InterventionProfile.builder().level(scale.level("1")).episodeWeeks(Figure.ofJudgment(6, "team consensus")).addActivity(InterventionActivity.builder().kind(ActivityKind.ASSESSMENT).role(Role.OCCUPATIONAL_THERAPIST).minutes(Figure.ofJudgment(60, "team consensus")).frequency(Frequency.ONCE).frequencyProvenance(Provenance.ofJudgment("program design")).build()).addActivity(InterventionActivity.builder().kind(ActivityKind.INDIVIDUAL_INTERVENTION).role(Role.OCCUPATIONAL_THERAPIST).minutes(Figure.ofJudgment(45, "team consensus")).frequency(Frequency.ofPerWeek(1, 4)).frequencyProvenance(Provenance.ofJudgment("program design")).build()).build();
var moderate = InterventionProfile.builder().level(scale.level("2")).episodeWeeks(Figure.ofJudgment(10, "team consensus")).addActivity(InterventionActivity.builder().kind(ActivityKind.ASSESSMENT).role(Role.OCCUPATIONAL_THERAPIST).minutes(Figure.ofJudgment(90, "team consensus")).frequency(Frequency.ONCE).frequencyProvenance(Provenance.ofJudgment("program design")).build()).addActivity(InterventionActivity.builder().kind(ActivityKind.INDIVIDUAL_INTERVENTION).role(Role.OCCUPATIONAL_THERAPIST).minutes(Figure.ofJudgment(45, "team consensus")).frequency(Frequency.ofPerWeek(2, 8)).frequencyProvenance(Provenance.ofJudgment("program design")).build()).build();
var demand = ServiceDemand.builder().weeksPerYear(52).scale(scale).addLevel(low, Volume.ofEpisodesPerYear(120)).addLevel(moderate, Volume.ofConcurrent(15)).build();

// Step 3: the plan.
var plan = CaseloadPlan.builder().name("Outpatient OT 2026").team(team).demand(demand).build();
var result = PlanResult.of(plan);
