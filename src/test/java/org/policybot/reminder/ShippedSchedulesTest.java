package org.policybot.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schedules/ shipped with the bot load cleanly and say what the plans say. */
class ShippedSchedulesTest extends FixtureTest {
    /** Clause ids the shipped files cite, each checked by hand against knowledge/*.md (table rows, numbered clauses). */
    static final Set<String> CITED = Set.of(
            "wenzhou-2024-2027/附件3/1", "wenzhou-2024-2027/附件3/2", "wenzhou-2024-2027/附件3/3", "wenzhou-2024-2027/附件3/4",
            "wenzhou-2024-2027/附件3/5", "wenzhou-2024-2027/附件2/15", "wenzhou-2024-2027/附件2/16", "wenzhou-2024-2027/附件2/38",
            "wenzhou-2024-2027/附件2/39", "wenzhou-2024-2027/附件2/43", "wenzhou-2024-2027/附件2/45", "wenzhou-2024-2027/附件2/52",
            "wenzhou-2024-2027/附件2/56", "wenzhou-2024-2027/附件2/58", "wenzhou-2024-2027/附件2/61", "wenzhou-2024-2027/附件2/75",
            "wenzhou-2024-2027/附件2/89", "wenzhou-2024-2027/附件2/92", "fengze-2025/三/(一)/1", "fengze-2025/三/(一)/3",
            "fengze-2025/三/(三)/1", "fengze-2025/三/(三)/3", "fengze-2025/二/(一)", "fengze-2025/二/(二)", "fengze-2025/二/(三)",
            "fengze-2025/四/(一)");


    private Fixture shipped(String now) throws IOException {
        f = shippedFixture(dir, now);
        return f;
    }

    /** A fixture whose schedules directory holds copies of the shipped schedules/. */
    static Fixture shippedFixture(Path dir, String now) throws IOException {
        Fixture f = new Fixture(dir, now);
        try (Stream<Path> s = Files.list(Path.of("schedules"))) {
            for (Path p : s.toList()) {
                Files.copy(p, f.schedules.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        f.clauses = CITED::contains;
        return f;
    }

    @Test
    void shippedSchedulesLoadWithoutProblems() throws IOException {
        LoadReport r = shipped("2026-11-23T10:00").open().reloadSchedules();
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(3, r.accepted().size());
        assertEquals(18 + 9, r.items());
        assertEquals(Optional.of("市人力社保局"), f.service.members().resolveUnit("市人社局"));
        assertEquals(Optional.of("市资规局"), f.service.members().resolveUnit("市自然资源和规划局"));
        assertEquals(Optional.of("市发展改革委"), f.service.members().resolveUnit("市发改委"));
        assertEquals(Optional.of("各县（市、区）人民政府"), f.service.members().resolveUnit("相关县（市、区）"));
        List<WorkingGroupPerson> people = f.service.unitStore().people();
        assertEquals(10, people.size());
        assertEquals(new WorkingGroupPerson("郑燕然", "丰泽区人民政府", "组长", "区委常委、区政府常务副区长"), people.get(0));
        Unit office = f.service.unitStore().units().stream().filter(u -> u.name().equals("丰泽区产教融合工作专班办公室")).findFirst().orElseThrow();
        assertEquals(List.of("区教育局", "区发改局"), office.runBy());
    }

    @Test
    void policyDocumentsAreDueOnTheLastDayOfTheirPlannedYearAndPastOnesAreOverdue() throws IOException {
        shipped("2026-11-23T10:00").open().reloadSchedules();
        List<DueEntry> d = f.service.queries().deadlines(Optional.empty(), 60);
        DueEntry first = d.get(0);
        assertEquals("wz-a3-3", first.id());
        assertEquals("2024-12-31", first.dueAt().toLocalDate().toString());
        assertTrue(first.overdue());
        DueEntry regulation = d.stream().filter(e -> e.id().equals("wz-a3-1")).findFirst().orElseThrow();
        assertEquals(38, regulation.daysLeft());
        assertEquals("★市发展改革委", regulation.units());
        assertTrue(d.stream().noneMatch(e -> e.id().startsWith("wz-a2-")), "2027 targets are beyond 60 days");
        List<DueEntry> longhu = f.service.queries().deadlines(Optional.of("龙湾区"), 3650);
        assertEquals(List.of("wz-a3-4"), longhu.stream().map(DueEntry::id).toList());
    }

    @Test
    void meetingsAndTheSemesterAssessmentRecur() throws IOException {
        shipped("2026-11-23T10:00").open().reloadSchedules();
        List<DueEntry> m = f.service.queries().meetings();
        assertEquals(3, m.size());
        assertEquals("fz-work-meeting", m.get(0).id());
        assertEquals("2026-12-07T15:00+08:00[Asia/Shanghai]", m.get(0).dueAt().toString());
        assertEquals("fz-joint-meeting", m.get(1).id());
        assertEquals("2026-12-16T15:00+08:00[Asia/Shanghai]", m.get(1).dueAt().toString());
        assertEquals("fz-order-assessment", m.get(2).id());
        assertEquals("2027-01-10T09:00+08:00[Asia/Shanghai]", m.get(2).dueAt().toString());
    }
}
