package org.policybot.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A tokenizer that emits the tokens a function computes from the whole field text. */
final class ListTokenizer extends Tokenizer {
    private final Function<String, List<String>> tokens;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private Iterator<String> it;

    ListTokenizer(Function<String, List<String>> tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (it == null) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = input.read(buf)) > 0; ) {
                b.append(buf, 0, n);
            }
            it = tokens.apply(b.toString()).iterator();
        }
        if (!it.hasNext()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(it.next());
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        it = null;
    }
}
