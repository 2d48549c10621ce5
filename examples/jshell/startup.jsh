// junheng JShell startup: jshell --class-path examples/target/junheng.jar --startup DEFAULT --startup examples/jshell/startup.jsh
import org.junheng.Junheng;
import org.junheng.core.model.*;
import org.junheng.core.value.*;
import org.junheng.core.policy.*;
import org.junheng.core.io.*;
import org.junheng.core.sample.*;
import org.junheng.indicators.aid.*;
import org.junheng.indicators.balance.*;
import org.junheng.indicators.funding.*;
import org.junheng.indicators.inequality.*;
import org.junheng.indicators.report.*;
import org.junheng.indicators.rotation.*;
import org.junheng.indicators.rules.*;
import org.junheng.indicators.summary.*;
import java.time.LocalDate;
import java.util.List;
