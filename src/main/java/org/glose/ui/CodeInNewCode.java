package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/**
 * "New code from selection": creates a code and codes the passage with it, as one user action and one undo
 * entry. It only chains two core commands ({@link CreateCode}, then {@link ApplyCode} with the new code's id,
 * which a {@link CompoundCommand} cannot pass along).
 */
final class CodeInNewCode implements Command<Coding> {

    private final Long parentId;
    private final String name;
    private final long documentId;
    private final String coder;
    private final TextRange range;

    CodeInNewCode(Long parentId, String name, long documentId, String coder, TextRange range) {
        this.parentId = parentId;
        this.name = name;
        this.documentId = documentId;
        this.coder = coder;
        this.range = range;
    }

    @Override
    public String label() {
        return t("coding.label.newCode", name.strip());
    }

    @Override
    public Applied<Coding> apply(Tx tx) {
        Applied<Code> created = new CreateCode(parentId, name, null).apply(tx);
        Applied<Coding> coded = new ApplyCode(documentId, created.value().id(), coder, range).apply(tx);
        return Applied.of(coded.value(), new CompoundCommand(label(), List.of(coded.inverse(), created.inverse())));
    }
}
