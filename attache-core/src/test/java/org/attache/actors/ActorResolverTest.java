package org.attache.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.attache.model.Actor;
import org.attache.model.ActorMention;
import org.attache.model.Document;
import org.attache.model.MentionForm;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
    private static List<ActorMention> actors(String published, String text) {
        return Fixtures.pipeline().analyse(Fixtures.article("t", published, text)).actors();
    }

    private static List<String> resolved(String published, String text) {
        return actors(published, text).stream().map(m -> m.actor().toString()).toList();
    }

    @Test
    void stateTitleAndNameAreOnePerson() {
        String text = "Chinese President Xi Jinping received the envoy.";
        List<ActorMention> found = actors("2019-06-01", text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).actor()).isEqualTo(new Actor("CHN", "Xi Jinping", null));
        assertThat(found.get(0).span().of(text)).isEqualTo("Chinese President Xi Jinping");
    }

    @Test
    void spellingVariantsResolveToTheCanonicalName() {
        assertThat(resolved("2021-05-01", "Kim Jong-un spoke. Kim Jong Un left."))
                .containsExactly("PRK:Kim Jong Un", "PRK:Kim Jong Un");
    }

    @Test
    void aTitleIsResolvedByWhoHeldTheOfficeOnTheDate() {
        String text = "The US president spoke to reporters.";
        assertThat(resolved("2019-05-01", text)).containsExactly("USA:Donald Trump");
        assertThat(resolved("2023-05-01", text)).containsExactly("USA:Joe Biden");
    }

    @Test
    void aTitleBeforeAShortNameIsThatPersonNotTheOfficesLastHolder() {
        assertThat(resolved(null, "Xi Jinping wrote to Kim Jong Un. President Xi praised the ties."))
                .containsExactly("CHN:Xi Jinping", "PRK:Kim Jong Un", "CHN:Xi Jinping");
        assertThat(resolved("2019-06-20", "President Xi arrived in Pyongyang.")).startsWith("CHN:Xi Jinping");
    }

    @Test
    void formerStatesResolveInOlderCopy() {
        assertThat(resolved("1987-03-02", "The United States said a Soviet test violated the treaty with the USSR."))
                .containsExactly("USA", "SUN", "SUN");
        assertThat(resolved("1987-03-02", "West German farmers marched in Bonn.")).containsExactly("DEU", "DEU");
    }

    @Test
    void theLeaderOfAPartyStateIsItsPartyLeader() {
        assertThat(resolved("2021-03-23", "The North Korean leader wrote back."))
                .containsExactly("PRK:Kim Jong Un");
    }

    @Test
    void honorificAndSurnameAfterAFullMention() {
        List<ActorMention> found = actors("2021-03-23", "Xi Jinping wrote. Mr Xi said relations were good.");
        assertThat(found).extracting(m -> m.actor().person()).containsExactly("Xi Jinping", "Xi Jinping");
        assertThat(found.get(1).form()).isEqualTo(MentionForm.SHORT_NAME);
    }

    @Test
    void itOrTheyAfterAVerbOfSayingIsTheSpeakerNamedBeforeIt() {
        assertThat(actors("2021-03-02", "Chile said on Monday it would reopen the pass.")).extracting(m -> m.actor().toString(),
                m -> m.form()).containsExactly(tuple("CHL", MentionForm.STATE_NAME),
                        tuple("CHL", MentionForm.PRONOUN));
        assertThat(resolved("2021-03-02", "Peru has announced that they will vote.")).containsExactly("PER", "PER");
        assertThat(resolved("2021-03-02", "Chile welcomed it warmly.")).containsExactly("CHL");
        assertThat(resolved("2021-03-02", "Chile reminded Peru that it must pay.")).containsExactly("CHL", "PER", "PER");
        assertThat(resolved("2021-03-02", "Xi Jinping said it was a good day.")).containsExactly("CHN:Xi Jinping");
    }

    @Test
    void aGovernmentNamedByItsLeadersSurnameIsThatStates() {
        List<ActorMention> found = actors("2019-05-01", "The Putin government rejected the offer.");
        assertThat(found).extracting(m -> m.actor().country(), m -> m.actor().role())
                .containsExactly(tuple("RUS", "GOV"));
        assertThat(found.get(0).span().of("The Putin government rejected the offer.")).isEqualTo("Putin government");
    }

    @Test
    void aTitleBeforeTheSurnameOfOneKnownPersonNamesHimOutOfOfficeToo() {
        assertThat(resolved("2021-03-02", "Former President Obama spoke.")).containsExactly("USA:Barack Obama");
        assertThat(resolved("1991-03-02", "King Hassan spoke.")).isEmpty();
    }

    @Test
    void aTitledUnknownPersonWithNoStateIsOfTheOneStateTheSentenceNames() {
        assertThat(resolved("2005-03-02", "Vice-President Moody Awori declined to resign over the Kenyan scandal."))
                .containsExactly("KEN:Moody Awori", "KEN");
        assertThat(resolved("2005-03-02", "Judge Alejandro Rivera opened an inquiry in Chile."))
                .startsWith("CHL:Alejandro Rivera");
        assertThat(resolved("2005-03-02", "Vice-President Moody Awori spoke of Kenya and Uganda."))
                .containsExactly("KEN", "UGA");
        assertThat(resolved("1990-05-10", "President Jules Marchal welcomed South African leader Pieter Botha."))
                .noneMatch(a -> a.endsWith("Jules Marchal"));
    }

    @Test
    void aBareSurnameIsTheOnePersonOfThatNameInOffice() {
        assertThat(resolved("2019-06-01", "Trump met reporters on Friday.")).containsExactly("USA:Donald Trump");
        assertThat(resolved("2012-06-01", "Trump met reporters on Friday.")).isEmpty();
        assertThat(resolved("2017-06-01", "In May the talks resumed.")).isEmpty();
    }

    @Test
    void aTitleOfAStateNamedAfterOfIsItsHolder() {
        List<ActorMention> found = actors("2019-06-01", "The president of France met reporters.");
        assertThat(found).extracting(m -> m.actor().toString()).containsExactly("FRA:Emmanuel Macron");
        assertThat(found.get(0).span().of("The president of France met reporters.")).isEqualTo("president of France");
    }

    @Test
    void anEthnicGroupIsOfTheStateItIsSaidToBeIn() {
        assertThat(actors("2001-03-02", "Ethnic Albanians demonstrated in Serbia.")).extracting(m -> m.actor())
                .containsExactly(new Actor("SRB", null, "CVL"), Actor.state("SRB"));
        assertThat(resolved("2001-03-02", "Ethnic Turks began a hunger strike.")).containsExactly("TUR");
    }

    @Test
    void aSocietysGroupNamedByNoStateIsOfTheOneStateTheSentenceNames() {
        assertThat(actors("2001-03-02", "Rebels accepted an offer from the government of Mozambique."))
                .extracting(m -> m.actor()).contains(new Actor("MOZ", null, "REB"));
        assertThat(actors("2001-03-02", "Rebels crossed from Chad into Sudan.")).extracting(m -> m.actor().role())
                .doesNotContain("REB");
    }

    @Test
    void capitalsAndAdjectivesAreTheirStates() {
        assertThat(resolved("2021-03-23", "Pyongyang rejected the offer from Washington and the Kremlin."))
                .containsExactly("PRK", "USA", "RUS");
    }

    @Test
    void theAcronymUsIsAStateButThePronounIsNot() {
        assertThat(resolved("2021-03-23", "Let us hope the US agrees.")).containsExactly("USA");
    }

    @Test
    void aStateThatOnlyModifiesAnExpertIsNoActor() {
        assertThat(resolved("2017-11-02", "Jane Roe, a North Korea expert at a think tank, said so.")).isEmpty();
    }

    @Test
    void aRolePhraseNamesAPersonTheKnowledgeBaseLacks() {
        List<ActorMention> found = actors("2017-11-02",
                "North Korean ambassador to China Ri Ryong Nam attended the ceremony.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).actor().country()).isEqualTo("PRK");
        assertThat(found.get(0).actor().person()).isEqualTo("Ri Ryong Nam");
        assertThat(found.get(0).form()).isEqualTo(MentionForm.ROLE_PHRASE);
    }

    @Test
    void aSentenceInitialPronounIsTheLastPersonNamed() {
        assertThat(resolved("2018-04-27", "Moon Jae-in crossed the line. He smiled."))
                .containsExactly("KOR:Moon Jae-in", "KOR:Moon Jae-in");
    }

    @Test
    void everyMentionCarriesItsRule() {
        Document doc = Fixtures.pipeline().analyse(Fixtures.article("t", "2019-01-01", "Beijing said so."));
        assertThat(doc.actors()).allSatisfy(m -> {
            assertThat(m.provenance().stage()).isEqualTo("actors");
            assertThat(m.provenance().rule()).isNotBlank();
        });
    }

    @Test
    void theTwoLeadersAreTheLastTwoPersonsOfDifferentCountries() {
        String text = "Vladimir Putin met Kim Jong Un. The two leaders signed a treaty.";
        List<ActorMention> found = actors("2024-06-19", text);
        assertThat(found).filteredOn(m -> m.span().of(text).endsWith("two leaders"))
                .extracting(m -> m.actor().person()).containsExactly("Vladimir Putin", "Kim Jong Un");
    }

    @Test
    void aSurnameInsideALongerNameIsNotTheKnownPerson() {
        assertThat(resolved("2020-06-17", "Kim Jong Un spoke. Kim You-geun, a South Korean official, replied."))
                .containsExactly("PRK:Kim Jong Un", "KOR");
    }

    @Test
    void aStatesCapitalIsTheState() {
        String text = "He landed in the North Korean capital.";
        List<ActorMention> found = actors("2024-06-19", text);
        assertThat(found).extracting(m -> m.actor().toString(), m -> m.span().of(text))
                .containsExactly(tuple("PRK", "North Korean capital"));
    }

    @Test
    void aPossessivePronounIsTheLastPersonNamed() {
        assertThat(resolved("2024-06-19", "Vladimir Putin arrived. It was his first trip in years."))
                .containsExactly("RUS:Vladimir Putin", "RUS:Vladimir Putin");
    }

    @Test
    void aCapitalisedNameDoesNotMatchALowerCaseWord() {
        assertThat(resolved("2021-03-23", "A male spokesman said china and turkey were on the menu in Turkey."))
                .containsExactly("TUR");
    }

    @Test
    void aStateAndATitleDoNotStandAcrossAPreposition() {
        assertThat(resolved("2019-05-01", "Talks in China with the president were held.")).containsExactly("CHN");
    }

    @Test
    void aSectorNounAfterAStateIsThatStatesSector() {
        String text = "Bolivian riot police blocked the bridge while Peru's army watched.";
        List<ActorMention> found = actors("2021-03-02", text);
        assertThat(found).extracting(ActorMention::actor)
                .containsExactly(new Actor("BOL", null, "COP"), new Actor("PER", null, "MIL"));
        assertThat(found.get(0).span().of(text)).isEqualTo("Bolivian riot police");
    }

    @Test
    void aSectorNounBeforeOfOrFromAStateIsThatStatesSector() {
        assertThat(actors("2021-03-02", "The government of Chile thanked rebels from Colombia."))
                .extracting(ActorMention::actor)
                .containsExactly(new Actor("CHL", null, "GOV"), new Actor("COL", null, "REB"));
    }

    @Test
    void aSectorNounBeforeInNamesWhereNotWhose() {
        assertThat(resolved("2021-03-02", "Soldiers in Mali guarded the road.")).containsExactly("MLI");
    }

    @Test
    void aSocietysGroupBeforeInIsOfThatState() {
        assertThat(actors("2021-03-02", "Rebels in Chad seized the town.")).extracting(ActorMention::actor)
                .containsExactly(new Actor("TCD", null, "REB"));
    }

    @Test
    void aNamedGroupIsItsStatesSector() {
        assertThat(actors("2021-03-02", "Hezbollah and the PKK issued statements.")).extracting(ActorMention::actor)
                .containsExactly(new Actor("LBN", null, "REB"), new Actor("TUR", null, "REB"));
    }

    @Test
    void aSectorNounWithNoStateNamesNoOne() {
        assertThat(actors("2021-03-02", "Police detained several protesters on Monday.")).isEmpty();
    }
}
