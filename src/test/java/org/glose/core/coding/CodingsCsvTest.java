package org.glose.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.glose.core.project.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The codings CSV a user prepares by hand or in a spreadsheet. */
class CodingsCsvTest {

    private static List<CodingRow> read(String csv) throws IOException {
        return CodingsCsv.read(new StringReader(csv), "me");
    }

    @Test
    void blankLinesAtTheEndAreIgnored() throws IOException {
        List<CodingRow> rows = read("document,start,end,code\r\netude.txt,0,10,Communs\r\n\r\n\r\n");
        assertThat(rows).containsExactly(new CodingRow(2, "etude.txt", 0, 10, "Communs", "me"));
    }

    @Test
    void aColumnNamedTwiceIsRefusedByName() {
        assertThatThrownBy(() -> read("document,start,end,code,code\netude.txt,0,10,Communs,Panoptique\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The CSV header names the column \"code\" twice; keep one.");
    }

    @Test
    void anUnnamedColumnIsRefused() {
        assertThatThrownBy(() -> read("document,start,end,code,\netude.txt,0,10,Communs,\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Column 5 of the CSV header");
    }

    @Test
    void theCoderColumnIsOptionalPerRow() throws IOException {
        List<CodingRow> rows = read("document,start,end,code,coder\na,0,1,X,camille\na,1,2,X,\n");
        assertThat(rows).extracting(CodingRow::coder).containsExactly("camille", "me");
    }
}
