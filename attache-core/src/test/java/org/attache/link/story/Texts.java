package org.attache.link.story;

import java.time.LocalDate;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;

/** Small made-up news articles for the story and source tests. */
final class Texts {
    /** The original wire report of an earthquake. */
    static final String QUAKE = """
            A magnitude 6.4 earthquake struck the western province of Kermanshah on Tuesday, killing at least \
            14 people and injuring 230, the Red Crescent said.
            The quake hit at 10:42 local time near the town of Sarpol-e Zahab at a depth of 10 kilometres, \
            according to the national seismological centre.
            Rescue teams from Tehran were sent to the area, where several villages lost power. Governor Karim \
            Hosseini said 120 homes had collapsed and that the toll could rise as crews reached remote hamlets.
            """;

    /** The same wire report reprinted with small edits and a line cut. */
    static final String QUAKE_REPRINT = """
            A magnitude 6.4 earthquake struck the western Iranian province of Kermanshah on Tuesday, killing at \
            least 14 people and injuring 230, the Red Crescent said.
            The quake hit at 10:42 local time near the town of Sarpol-e Zahab at a depth of 10 kilometres, \
            according to the national seismological centre.
            Rescue teams from Tehran were sent to the area, where many villages lost power.
            """;

    /** The wire report run through a rewording machine: other words, the same details in the same order. */
    static final String QUAKE_REWRITE = """
            An earthquake measuring 6.4 hit Kermanshah, a province in the west, on Tuesday, leaving at least 14 \
            dead and 230 hurt, according to the Red Crescent.
            The tremor occurred at 10:42 local time close to Sarpol-e Zahab, 10 kilometres underground, the \
            national seismological centre reported.
            Rescuers from Tehran were dispatched to the region, where a number of villages were left without \
            electricity. Karim Hosseini, the Governor, stated that 120 houses were destroyed and the number of \
            dead might climb as teams got to isolated hamlets.
            """;

    /** Another outlet's own report of the same earthquake: the same facts in its lead, its own words and more. */
    static final String QUAKE_OWN_REPORT = """
            At least 14 people died when a 6.4-magnitude earthquake shook Kermanshah province in western Iran on \
            Tuesday, and 230 were hurt, according to the Red Crescent.
            In Sarpol-e Zahab, the town closest to the epicentre, residents spent the night outdoors. "We heard a \
            roar and then the walls came down," said Ali Moradi, a shopkeeper whose store was destroyed.
            The Red Crescent set up tents for about 800 displaced families, and aftershocks of up to magnitude \
            4.1 shook the area through the morning. The quake was felt as far as Baghdad.
            """;

    /** An earthquake in the same province in another year, with other places, people and numbers. */
    static final String OTHER_QUAKE = """
            A magnitude 5.6 earthquake shook Kermanshah province on Saturday, injuring 37 people in the town of \
            Gilan-e Gharb, state media reported.
            The quake struck at 03:15 at a depth of 8 kilometres. Governor Bahman Nouri said no deaths had \
            been reported and that 45 buildings were damaged in the border district.
            Rescue teams from the Red Crescent were sent to 12 villages, and schools in Qasr-e Shirin were \
            closed for two days.
            """;

    static final String SHOOTING = """
            A gunman opened fire in a shopping centre in Tampere on Sunday afternoon, wounding three people \
            before he was arrested, Finnish police said.
            Inspector Marko Lehtinen said the 24-year-old suspect used a hunting rifle and acted alone. Two of \
            the wounded were in serious condition at Tampere University Hospital.
            """;

    static final String OTHER_SHOOTING = """
            Two men were arrested after a shooting outside a nightclub in Leeds early on Friday left a \
            19-year-old with gunshot wounds, West Yorkshire Police said.
            Detective Chief Inspector Sarah Kirk appealed for witnesses and said officers had recovered a \
            handgun in a nearby alley. The victim was taken to Leeds General Infirmary.
            """;

    static final String TREATY = """
            Norway and Chile signed an agreement on fisheries and ocean research in Oslo on Monday, the two \
            governments said.
            Prime Minister Eva Lund and President Tomas Rivera agreed to share data on 14 fish stocks \
            and to fund a joint research vessel from 2025.
            """;

    private Texts() {
    }

    static Article article(String key, String title, String text) {
        return new Article(key, null, title, null, PublishedDate.unknown(), text);
    }

    static Article article(String key, String title, String published, String text) {
        return new Article(key, null, title, null,
                PublishedDate.of(LocalDate.parse(published), DateOrigin.METADATA), text);
    }
}
