package org.policybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policybot.region.Mention;
import org.policybot.region.Region;
import org.policybot.region.Regions;
import org.policybot.search.Answer;

/**
 * A place name several districts share (昌邑: 潍坊市昌邑市 and 吉林市昌邑区) in a question that names no other
 * place: read as the one place the documents point to, or asked about.
 */
final class SharedNames {
    private final Regions regions;

    SharedNames(Regions regions) {
        this.regions = regions;
    }

    /**
     * The one reading of the shared name that {@code lib}'s documents cover, when the question has one such name
     * and exactly one of its readings is covered, or exactly one has documents of its own; empty otherwise.
     */
    Optional<Mention> onlyCovered(String question, List<List<Region>> unplaced, Library lib) {
        if (unplaced.size() != 1) {
            return Optional.empty();
        }
        List<Region> covered = unplaced.get(0).stream().filter(c -> !lib.covering(List.of(c)).isEmpty()).toList();
        if (covered.size() > 1) {
            // "梨树的企业…": 四平's 梨树县 has documents of its own, 鸡西's 梨树区 only its province's; the asker
            // is far likelier in the place whose own documents are here.
            List<Region> own = covered.stream().filter(c -> !lib.exactly(List.of(c)).isEmpty()).toList();
            covered = own.isEmpty() ? covered : own;
        }
        if (covered.size() != 1) {
            return Optional.empty();
        }
        Region r = covered.get(0);
        int at = question.indexOf(r.shortName());
        return at < 0 ? Optional.empty() : Optional.of(new Mention(r, at, at + r.shortName().length(), r.shortName()));
    }

    /** The note saying which place the name was read as. */
    String readAs(Mention m) {
        return "“" + m.surface() + "”按" + fullName(m.region()) + "理解；如指别处，请写明所属的市或省，或用 /region 设置所在地区。";
    }

    /** Asks which of the places a shared name may stand for is meant: "“昌邑”可能指山东省潍坊市昌邑市或吉林省吉林市昌邑区…". */
    Answer whichPlace(String question, List<Region> candidates) {
        List<String> full = candidates.stream().map(this::fullName).toList();
        String name = candidates.get(0).shortName();
        return new Answer(question, Answer.Confidence.NONE, "", List.of(),
                List.of("“" + name + "”可能指" + String.join("或", full) + "。请说明是哪一个（例如“"
                        + full.get(0).replaceFirst("^.{2,3}?(省|自治区)", "") + "”），或用 /region 设置所在地区。"),
                Answer.Type.CLARIFY);
    }

    /** "山东省潍坊市昌邑市": the region with the levels above it, highest first. */
    private String fullName(Region r) {
        List<String> chain = new ArrayList<>(regions.ancestorsAndSelf(r).stream().map(Region::name).toList());
        java.util.Collections.reverse(chain);
        return String.join("", chain);
    }
}
