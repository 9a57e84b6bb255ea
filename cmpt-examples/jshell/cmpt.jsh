// JShell startup script for cmpt: imports the API. Open with (see the README):
//   jshell --class-path "$(cat cmpt-examples/target/classpath.txt)" cmpt-examples/jshell/cmpt.jsh
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import io.github.cmpt.time.*;
import io.github.cmpt.supply.*;
import io.github.cmpt.report.*;

// A 37.5-hour, five-day week paid 52 weeks a year, and one part-time occupational therapist.
var week = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));
var ana = Clinician.builder().id("ot-1").role(Role.OCCUPATIONAL_THERAPIST).workHours(WorkHours.of(week, Fte.of("0.8"))).addLeave(Leave.ofDays(LeaveType.VACATION, 20)).addActivity(NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10))).build();
