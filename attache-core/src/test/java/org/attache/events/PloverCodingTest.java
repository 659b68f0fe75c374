package org.attache.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Actor;
import org.attache.model.EventMention;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The trigger lexicon over CAMEO's roots, coded to PLOVER; which events stand without a target; actors of one state
 * on different sides; objects read past modifiers and through an intent's verb; cues that spare an intent.
 */
class PloverCodingTest {
    private static List<EventMention> events(String text) {
        return Fixtures.pipeline().analyse(Fixtures.article("t", "2021-03-02", text)).events();
    }

    /** Each event as "TYPE SOURCE -> TARGET", actors as country/role, "-" for no target. */
    private static List<String> coded(String text) {
        return events(text).stream().map(m -> m.coding().ploverType() + " " + actor(m.source().get(0)) + " -> "
                + (m.target().isEmpty() ? "-" : actor(m.target().get(0)))).toList();
    }

    private static String actor(Actor a) {
        return a.role() == null ? a.country() : a.country() + "/" + a.role();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kenya appealed to Uganda for calm on Monday.|REQUEST KEN -> UGA",
        "Chile called on Argentina to reopen the pass.|REQUEST CHL -> ARG",
        "Austria denounced Hungary on Monday.|ACCUSE AUT -> HUN",
        "Mexico spurned Guatemala's offer.|REJECT MEX -> GTM",
        "Bulgaria issued an ultimatum to Romania.|THREATEN BGR -> ROU",
        "Norway airlifted medicines to Yemen.|AID NOR -> YEM",
        "Ghana granted asylum to a Togolese opposition leader.|AID GHA -> TGO/OPP",
        "Estonia severed diplomatic ties with Belarus.|SANCTION EST -> BLR",
        "Belgium expressed solidarity with France.|SUPPORT BEL -> FRA",
        "Peru cooperated with Chile on border security.|COOPERATE PER -> CHL",
        "Japan negotiated with South Korea over fishing rights.|CONSULT JPN -> KOR",
        "Russian warplanes pounded Syrian rebels.|ASSAULT RUS/MIL -> SYR/REB",
        "Iraqi police detained Iranian pilgrims.|COERCE IRQ/COP -> IRN/CVL",
        "Turkey deployed troops near its border.|MOBILIZE TUR -> -",
        "Croatian forces began their withdrawal on Friday.|RETREAT HRV/MIL -> -",
        "Egypt lifted the ban on Friday.|CONCEDE EGY -> EGY/CVL",
        "The Indian ambassador lodged a protest with Nepal.|ACCUSE IND/ambassador -> NPL",
        "Latvia lodged an official protest with Belarus.|ACCUSE LVA -> BLR",
        "The IAEA dispatched inspectors to Syria on Monday.|ACCUSE IAEA -> SYR",
        "Finnish doctors handed over medicines to Estonia.|AID FIN -> EST",
        "Egypt allowed Sudanese traders to cross the border.|CONCEDE EGY -> SDN",
        "Chile accepted Peru's peace plan on Monday.|AGREE CHL -> PER",
        "Israel evacuated its settlements in Gaza on Monday.|RETREAT ISR -> PSE"})
    void aVerbOfEachRootIsCodedToItsPloverType(String text, String expected) {
        assertThat(coded(text)).contains(expected);
    }

    @Test
    void protestersNamedByTheirStateProtestWithNoTarget() {
        assertThat(coded("Hungarian protesters marched through the capital.")).containsOnly("PROTEST HUN/CVL -> -");
    }

    @Test
    void aTriggerThatStartsAtAnActorsSectorNounIsThatActors() {
        assertThat(coded("Turkish military strikes hit Syrian rebels.")).containsExactly("ASSAULT TUR/MIL -> SYR/REB");
    }

    @Test
    void aProtestWithNoOneNamedIsByTheCiviliansOfWhereItTookPlace() {
        assertThat(coded("Thousands demonstrated in Nairobi on Friday.")).containsExactly("PROTEST KEN/CVL -> -");
    }

    @Test
    void aDeedWithNoTargetNeedsItsSourceNearbyOrTheParseToMakeItTheSubject() {
        assertThat(events("Peru mobilized on Monday.")).extracting(m -> m.provenance().rule())
                .containsExactly("mobilize.forces/subject+no-target");
        List<EventMention> far = events("Peru, according to several reports published late on Monday evening, mobilized.");
        assertThat(far).extracting(m -> m.coding().ploverType() + " " + m.source().get(0))
                .containsExactly("MOBILIZE PER");
        assertThat(far.get(0).provenance().rule()).isEqualTo("mobilize.forces/parse-subject+no-target");
        assertThat(events("Reports from Peru, published late on Monday evening after a long wait, said troops had "
                + "mobilized.")).isEmpty();
    }

    @Test
    void aidAndSanctionsNeedSomeoneTheyAreAimedAt() {
        assertThat(events("Sweden imposed sanctions on Tuesday.")).isEmpty();
        assertThat(events("Norway sent aid on Tuesday.")).isEmpty();
    }

    @Test
    void wordsAimedAtNoOneStandAloneOnlyWhereNoOtherPartyIsNamed() {
        assertThat(coded("Norway criticised the decision on Monday.")).containsExactly("ACCUSE NOR -> -");
        assertThat(coded("Greek rebels demanded immediate elections.")).containsExactly("REQUEST GRC/REB -> -");
        // Another party in the sentence may be the target the reading missed: no event rather than a wrong one.
        assertThat(events("Norway criticised the decision, a Danish diplomat said on Monday.")).isEmpty();
        // Meetings and agreements take two.
        assertThat(events("Norway agreed on Monday.")).isEmpty();
    }

    @Test
    void aStatedIntentIsCodedAsTheIntentToDoIt() {
        List<EventMention> support = events("Portugal will recognise Palestine, its president said on Monday.");
        assertThat(support).extracting(m -> m.coding().ploverType() + " " + m.coding().cameo() + " " + m.kind().code())
                .containsExactly("AGREE 032 statement");
        assertThat(coded("Portugal will recognise Palestine, its president said on Monday."))
                .containsExactly("AGREE PRT -> PSE");
        // Dated when it was said, not by the day the deed is planned for.
        assertThat(support.get(0).date().start()).hasToString("2021-03-01");
        assertThat(coded("France is ready to send troops to Mali.")).containsExactly("AGREE FRA -> MLI");
        assertThat(coded("Greece will impose sanctions on Turkey.")).containsExactly("THREATEN GRC -> TUR");
        // An intent not to do it is a refusal.
        assertThat(coded("Syria will not recognise Israel.")).containsExactly("REJECT SYR -> ISR");
        // A speculation or wish is no intent.
        assertThat(events("Portugal may recognise Palestine.")).isEmpty();
        assertThat(events("Portugal hopes to recognise Palestine.")).isEmpty();
    }

    @Test
    void aPhraseSayingTheDeedWentOnIsNoPlan() {
        assertThat(coded("The United States continued to send arms to Pakistan.")).containsExactly("AID USA -> PAK");
    }

    @Test
    void twoPartiesThatAgreeWithNoOneElseNamedAgreeWithEachOther() {
        assertThat(coded("Jordan and Britain have agreed to hold joint exercises.")).contains("AGREE JOR -> GBR");
    }

    @Test
    void whatASpeakerSaysAnotherPartyMustDoIsADemandOfIt() {
        assertThat(coded("A senior British minister said that Libya must hand over the suspects."))
                .containsExactly("REQUEST GBR -> LBY");
        assertThat(events("Libya must hand over the suspects.")).isEmpty();
        // An obligation is no deed done.
        assertThat(events("Britain said Libya should cooperate with Egypt.")).extracting(m -> m.coding().ploverType())
                .doesNotContain("COOPERATE");
    }

    @Test
    void aPassiveDeedWithItsAgentTargetsItsSubject() {
        assertThat(coded("A camp for Congolese refugees was attacked by Burundian militiamen."))
                .containsExactly("ASSAULT BDI/UAF -> COD/REF");
    }

    @Test
    void whatOneVerbDidIsNotWhoDidTheNext() {
        assertThat(coded("Sudanese rebels ambushed a Kenyan convoy and wounded several drivers."))
                .containsExactly("ASSAULT SDN/REB -> KEN");
    }

    @Test
    void aNegationReachesPastAVerbAndItsPreposition() {
        assertThat(events("Serbia did not engage in meaningful talks with Croatia.")).isEmpty();
        assertThat(coded("Serbia will not engage in meaningful talks with Croatia.")).containsExactly("REJECT SRB -> HRV");
    }

    @Test
    void aDemonstrationByANationalityIsItsCiviliansAgainstWhomItNames() {
        assertThat(coded("Algerian landowners began a hunger strike to demand land seized by Algerian government forces."))
                .containsExactly("PROTEST DZA/CVL -> DZA/MIL");
        assertThat(coded("Palestinian youths staged demonstrations against abuses by the Israeli military."))
                .containsExactly("PROTEST PSE/CVL -> ISR/MIL");
    }

    @Test
    void whatIsDemandedFromSomeoneIsAskedOfThem() {
        assertThat(coded("Serbian rebels demanded autonomy from Croatian authorities.")).containsExactly(
                "REQUEST SRB/REB -> HRV/GOV");
    }

    @Test
    void theDeepPassReadsTheOwnerOfAnAgent() {
        assertThat(coded("Berlin on Monday firmly rejected recent calls by Belarus's rulers for a loan."))
                .containsExactly("REJECT DEU -> BLR");
    }

    @Test
    void oneWithdrawsFromAPlaceAndImposesACurfewOnSomeone() {
        assertThat(coded("Syria is willing to withdraw its troops from Lebanon.")).contains("AGREE SYR -> LBN");
        assertThat(coded("The Israeli army imposed a curfew on Palestinians in Hebron.")).containsExactly(
                "COERCE ISR/MIL -> PSE");
        assertThat(events("Peru held talks on Chile's trade rules.")).extracting(m -> m.target().get(0).country())
                .doesNotContain("CHL");
    }

    @Test
    void aQuantityBeforeTheObjectIsReadPast() {
        assertThat(coded("Israeli soldiers arrested more than 100 Palestinians.")).containsExactly("COERCE ISR/MIL -> PSE");
    }

    @Test
    void theSubjectBeforeAnAppositionActs() {
        assertThat(coded("Pakistan, a key U.S. ally in the region, has refused to send troops to Iraq."))
                .contains("REJECT PAK -> IRQ");
    }

    @Test
    void aNamedGroupIsItsStatesSector() {
        assertThat(coded("Hamas threatened Israel on Monday.")).containsExactly("THREATEN PSE/REB -> ISR");
    }

    @Test
    void theDeepPassFindsTheTargetInTheClauseTheTriggerIsAbout() {
        assertThat(coded("Iran on Tuesday threatened to cut off electricity to the Azerbaijani republic over unpaid "
                + "bills.")).containsExactly("THREATEN IRN -> AZE");
        assertThat(coded("Russia threatened to halt the negotiations if the United States deploys new missiles."))
                .containsExactly("THREATEN RUS -> USA");
        assertThat(coded("Russia has threatened to stop negotiations to reduce nuclear weapons if the United States "
                + "goes ahead with the planned deployment of new missiles in Europe.")).containsExactly("THREATEN RUS -> USA");
        assertThat(coded("Poland's parliament demanded an admission of guilt by Moscow.")).containsExactly(
                "REQUEST POL/LEG -> RUS");
    }

    @Test
    void actorsOfOneStateOnDifferentSidesAreTwoParties() {
        assertThat(coded("Kenyan police arrested Kenyan opposition leaders.")).containsExactly("COERCE KEN/COP -> KEN/OPP");
        assertThat(coded("The Kenyan government praised Kenyan troops.")).isEmpty();
    }

    @Test
    void theObjectIsReadPastNumbersAndAdjectives() {
        assertThat(coded("Ecuadorian soldiers detained three Peruvian fishermen on Sunday."))
                .containsExactly("COERCE ECU/MIL -> PER");
    }

    @Test
    void afterAnIntentTheObjectOfItsVerbIsTheTarget() {
        assertThat(coded("Ghana threatened to expel Togolese traders.")).containsExactly("THREATEN GHA -> TGO");
    }

    @Test
    void cooperationWithAStateDoesNotMakeItTheOneAsked() {
        assertThat(events("Chile called for closer ties with Argentina.")).isEmpty();
    }

    @Test
    void aPlanOrModalSparesAnIntentButNotAVisit() {
        assertThat(coded("Portugal is expected to agree to a loan for Greece.")).contains("AGREE PRT -> GRC");
        assertThat(events("Portugal is expected to visit Greece.")).isEmpty();
        assertThat(coded("Portugal plans to visit Greece.")).containsExactly("AGREE PRT -> GRC");
    }

    @Test
    void aDeterminerBetweenTheWordsOfATriggerPhraseIsReadPast() {
        assertThat(coded("Peru and Bolivia upgraded their diplomatic ties.")).isNotEmpty()
                .allMatch(e -> e.startsWith("SUPPORT"));
        assertThat(coded("Estonia severed all diplomatic ties with Belarus.")).containsExactly("SANCTION EST -> BLR");
    }

    @Test
    void aPrepositionIsFoundPastAnAdjectiveBeforeTheActor() {
        assertThat(coded("Syrian troops withdrew from neighbouring Lebanon on Monday.")).containsExactly("RETREAT SYR/MIL -> LBN");
        assertThat(coded("Sweden sent aid to war-torn Somalia.")).containsExactly("AID SWE -> SOM");
    }

    @Test
    void aVoteBeforeAnInfinitiveSaysTheDeedWasDone() {
        assertThat(coded("The Security Council voted unanimously on Friday to impose sanctions on Eritrea."))
                .containsExactly("SANCTION UNSC -> ERI");
        assertThat(events("The Security Council met on Friday to impose sanctions on Eritrea.")).noneMatch(
                e -> "SANCTION".equals(e.coding().ploverType()));
    }

    @Test
    void aPronounAfterAVerbOfSayingIsItsSpeaker() {
        assertThat(coded("Syria says it is willing to withdraw its troops from neighbouring Lebanon."))
                .containsExactly("AGREE SYR -> LBN");
    }

    @Test
    void anAttemptedAttackIsCodedButAnAttemptedMeetingIsNot() {
        assertThat(coded("Chadian rebels tried to assassinate Sudanese officials on Monday."))
                .containsExactly("ASSAULT TCD/REB -> SDN/official");
        assertThat(events("Chile tried to meet Argentina on Monday.")).isEmpty();
    }

    @Test
    void protestersInHongKongAreItsOwn() {
        assertThat(coded("Thousands demonstrated in Hong Kong on Friday.")).containsExactly("PROTEST HKG/CVL -> -");
    }

    @Test
    void aDeedDoneInAPlaceOfTheSourcesOwnStateIsAimedAtItsCivilians() {
        assertThat(coded("Turkish authorities imposed a curfew in the town of Cizre in southeastern Turkey."))
                .containsExactly("COERCE TUR/GOV -> TUR/CVL");
        assertThat(coded("Israel reimposed a curfew in the West Bank on Friday.")).containsExactly("COERCE ISR -> PSE");
        assertThat(events("Chileans blamed Peru for the bombing of a bridge in northern Chile.")).noneMatch(
                e -> "ASSAULT".equals(e.coding().ploverType()));
    }

    @Test
    void whatIsRejectedOrYieldedToIsAimedAtWhomItCameFrom() {
        assertThat(coded("Kenya rejected an offer from Uganda on Monday.")).containsExactly("REJECT KEN -> UGA");
    }

    @Test
    void supportIsADeedOnlyWhenAnIntentToGiveItIsStated() {
        assertThat(coded("Portugal will support Turkey's bid, its president said on Tuesday.")).containsExactly("AGREE PRT -> TUR");
        assertThat(events("Portugal sought support from Turkey's bid on Tuesday.")).noneMatch(
                e -> e.provenance().rule().contains("support.back"));
    }

    @Test
    void aVerbThatUndoesADeedCodesItsUndoing() {
        assertThat(coded("Latvian police lifted on Friday a week-old curfew in Riga.")).extracting(c -> c.split(" ")[0])
                .containsOnly("CONCEDE");
        assertThat(coded("Peru urged Chile to halt attacks on its fishermen.")).noneMatch(c -> c.startsWith("RETREAT"));
    }

    @Test
    void anIntentToldWithAConditionIsAnUltimatum() {
        assertThat(events("Kenya said it will withdraw its troops from Somalia unless talks resume."))
                .extracting(e -> e.coding().ploverType() + " " + e.coding().cameo()).containsExactly("THREATEN 139");
    }

    @Test
    void aModalBeforeTheVerbOfANounTriggerStatesAnIntent() {
        assertThat(coded("NATO said it would tighten the naval blockade of Libya.")).containsExactly("THREATEN NATO -> LBY");
        assertThat(coded("Egypt will not extend the nightly curfew in Cairo.")).noneMatch(c -> c.startsWith("COERCE"));
    }

    @Test
    void anActorAfterAPrepositionAndAnAdjectiveIsNoSubjectButAPartOfOneIs() {
        assertThat(coded("The Albanians of southern Serbia demanded autonomy from Serbian authorities."))
                .containsExactly("REQUEST ALB -> SRB/GOV");
        assertThat(coded("One third of Chadian rebels withdrew on Monday.")).containsExactly("RETREAT TCD/REB -> -");
    }

    @Test
    void theOneAskedIsReadPastWhenTheDemandWasMadeAndAPossessive() {
        assertThat(coded("Chile demanded on Friday that the United States lift the embargo.")).containsExactly("REQUEST CHL -> USA");
        assertThat(coded("Greece demanded that its European Union partners refuse the plan.")).contains("REQUEST GRC -> EU");
    }

    @Test
    void endingAProtestIsAConcessionAndPreventingOneIsCoercion() {
        assertThat(coded("Chilean students ended their protest on Monday.")).extracting(c -> c.split(" ")[0])
                .containsOnly("CONCEDE");
        assertThat(coded("Turkish police prevented the demonstration on Sunday.")).containsExactly("COERCE TUR/COP -> TUR/CVL");
    }

    @Test
    void goingBackOnAPromiseIsARefusalAndNoPromise() {
        assertThat(coded("Zambia reneged on its pledge to hold elections on Monday.")).extracting(c -> c.split(" ")[0])
                .containsOnly("REJECT");
    }

    @Test
    void aComplaintToOneAboutAnotherIsAimedAtTheOther() {
        assertThat(coded("Lebanon complained to the United Nations on Tuesday over two Israeli air raids."))
                .contains("ACCUSE LBN -> ISR").doesNotContain("ACCUSE LBN -> UN");
    }

    @Test
    void aStatesCoercionWithNoOneElseNamedIsOfItsOwnPeople() {
        assertThat(coded("The British government outlawed the group on Monday.")).containsExactly("COERCE GBR/GOV -> GBR/CVL");
        assertThat(coded("Chadian rebels blew up a bridge on Monday.")).containsExactly("COERCE TCD/REB -> -");
        assertThat(coded("Kenyan police arrested suspects near Somalia.")).noneMatch(c -> c.endsWith("KEN/CVL"));
    }

    @Test
    void anAttackWithItsVictimsNamedAndNoAttackerHasNoSource() {
        assertThat(events("Three Kenyan soldiers were killed by a roadside bomb near Mandera on Monday."))
                .extracting(e -> e.coding().ploverType() + " " + e.source() + " -> " + e.target())
                .containsExactly("ASSAULT [] -> [KEN]");
        assertThat(coded("Kenyan police arrested three Somali traders.")).containsExactly("COERCE KEN/COP -> SOM");
        assertThat(events("A minefield explosion killed two Chadian herders on Sunday.")).extracting(e -> e.source())
                .containsExactly(List.of());
    }

    @Test
    void theOwnerOfASubjectTheKnowledgeDoesNotNameActsForIt() {
        assertThat(coded("Ankara's Cankaya district administration has denied the permit.")).containsExactly("REJECT TUR -> -");
        assertThat(events("Chile's claim that Peru's navy was attacked surprised nobody.")).noneMatch(
                e -> e.source().contains(Actor.state("CHL")));
    }

    @Test
    void damageToPropertyIsNotReadAsAimedAtAPeople() {
        assertThat(coded("Chadian soldiers blew up a bridge in Chad on Monday.")).containsExactly("COERCE TCD/MIL -> -");
    }
}
