// JShell startup script for cmpt: imports the API and defines a small team, two profiles and a plan.
// Open it with (see the README):
//   jshell --class-path "$(cat cmpt-examples/target/classpath.txt):cmpt-examples/target/classes" \
//       cmpt-examples/jshell/cmpt.jsh
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import io.github.cmpt.time.*;
import io.github.cmpt.vocabulary.*;
import io.github.cmpt.supply.*;
import io.github.cmpt.demand.*;
import io.github.cmpt.plan.*;
import io.github.cmpt.horizon.*;
import io.github.cmpt.report.*;
import io.github.cmpt.uncertainty.*;
import io.github.cmpt.wisn.*;
import io.github.cmpt.worksheet.*;
import io.github.cmpt.examples.*;

// Step 1: a 37.5-hour, five-day week paid 52 weeks a year; a part-time OT and a full-time OT,
// each with vacation and 10% administration.
var week = WorkPattern.of(Hours.of("37.5"), 5, 52);
var admin = NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10));
var ana = Clinician.builder().id("ot-1").role(Role.OCCUPATIONAL_THERAPIST)
    .workHours(WorkHours.of(week, Fte.of("0.8")))
    .addLeave(Leave.ofDays(LeaveType.VACATION, 20)).addActivity(admin).build();
var bo = Clinician.builder().id("ot-2").role(Role.OCCUPATIONAL_THERAPIST)
    .workHours(WorkHours.of(week, Fte.ONE))
    .addLeave(Leave.ofDays(LeaveType.VACATION, 25)).addActivity(admin).build();
var team = Team.builder().name("Outpatient OT").addClinicians(ana, bo).build();

// Step 2: two levels of a three-level scale, each with a profile of activities.
var scale = ComplexityScale.ofThreeLevels();
var consensus = "team consensus";
var design = Provenance.ofJudgment("program design");
var ot = Role.OCCUPATIONAL_THERAPIST;
var low = InterventionProfile.of(scale.level("1"), Figure.ofJudgment(6, consensus),
    InterventionActivity.of(ActivityKind.ASSESSMENT, ot, Figure.ofJudgment(60, consensus), Frequency.ONCE, design),
    InterventionActivity.of(ActivityKind.INDIVIDUAL_INTERVENTION, ot, Figure.ofJudgment(45, consensus), Frequency.ofPerWeek(1, 4), design));
var moderate = InterventionProfile.of(scale.level("2"), Figure.ofJudgment(10, consensus),
    InterventionActivity.of(ActivityKind.ASSESSMENT, ot, Figure.ofJudgment(90, consensus), Frequency.ONCE, design),
    InterventionActivity.of(ActivityKind.INDIVIDUAL_INTERVENTION, ot, Figure.ofJudgment(45, consensus), Frequency.ofPerWeek(2, 8), design));
var demand = ServiceDemand.builder().weeksPerYear(52).scale(scale)
    .addLevel(low, Volume.ofEpisodesPerYear(120)).addLevel(moderate, Volume.ofConcurrent(15)).build();

// Step 3: the plan and its result.
var plan = CaseloadPlan.builder().name("Outpatient OT 2026").team(team).demand(demand).build();
var result = PlanResult.of(plan);
