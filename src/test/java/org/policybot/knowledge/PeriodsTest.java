package org.policybot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period a document is in force, read from its title or its validity sentence when its header declares none. */
class PeriodsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            第二十一条 本办法自2026年5月1日起施行，有效期至2031年4月30日。 | 2026-2031
            本办法自2026年3月1日起施行，有效期3年。 | 2026-2029
            本办法自2026年1月1日起施行，有效期三年。 | 2026-2028
            本办法自2026年1月1日起施行，有效期二十年。 | 2026-2045
            本办法自2026年1月1日起施行，有效期十二年。 | 2026-2037
            第二十条　本办法自2026年6月1日起施行，试行期2年，至2028年5月31日止。 | 2026-2028
            本通知自印发之日起施行，有效期5年。 | 2025-2030
            本意见有效期至2027年12月31日。 | 2027-2027
            认定有效期为3年。 | NONE
            本办法自2026年5月1日起施行。 | NONE
            """)
    void aValiditySentenceGivesThePeriodFromItsStartToItsEnd(String sentence, String period) {
        assertEquals(Optional.ofNullable(period), Periods.fromSentence(sentence, "2025-06-10"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            温州市深化产教融合建设实施方案（2024-2027年） | 2024-2027
            丰泽区2025年产教融合工作实施方案 | 2025
            关于组织申报2026年度省级产教融合项目的通知 | 2026
            """)
    void aTitleCarryingItsYearsGivesThePeriod(String title, String period) {
        assertEquals(period, Periods.of(title, List.of("本办法自2030年1月1日起施行，有效期3年。"), ""));
    }
}
