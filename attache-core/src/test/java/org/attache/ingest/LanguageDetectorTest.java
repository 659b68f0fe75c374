package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void tellsEnglishFromFrenchGermanAndSpanishWithTwoLetterCodes() {
        assertThat(detector.detect("""
                The foreign ministers of Norway and Chile signed an agreement in Oslo on Tuesday to share scientific \
                data on fish stocks in the southern oceans, ending two years of negotiations between the two \
                governments. Research vessels will exchange survey results every quarter.""")).contains("en");
        assertThat(detector.detect("""
                Les ministres des affaires étrangères de la Norvège et du Chili ont signé mardi à Oslo un accord \
                pour partager des données scientifiques sur les stocks de poissons des océans du Sud, mettant fin \
                à deux années de négociations entre les deux gouvernements.""")).contains("fr");
        assertThat(detector.detect("""
                Die Außenminister Norwegens und Chiles haben am Dienstag in Oslo ein Abkommen unterzeichnet, um \
                wissenschaftliche Daten über die Fischbestände in den südlichen Ozeanen auszutauschen, und damit \
                zwei Jahre Verhandlungen zwischen beiden Regierungen beendet.""")).contains("de");
        assertThat(detector.detect("""
                Los ministros de Asuntos Exteriores de Noruega y Chile firmaron el martes en Oslo un acuerdo para \
                compartir datos científicos sobre las poblaciones de peces en los océanos del sur, poniendo fin a \
                dos años de negociaciones entre ambos gobiernos.""")).contains("es");
    }

    @Test
    void readsAllCapitalsWireCopy() {
        assertThat(detector.detect("""
                IRAN ANNOUNCED TONIGHT THAT ITS MAJOR OFFENSIVE AGAINST IRAQ IN THE GULF WAR HAD ENDED AFTER DEALING \
                SEVERE BLOWS AGAINST THE BAGHDAD GOVERNMENT, THE OFFICIAL NEWS AGENCY SAID IN A REPORT RECEIVED IN \
                LONDON. THE STATEMENT WAS ISSUED BY THE ARMY COMMAND.""")).contains("en");
    }

    @Test
    void tooLittleTextIsNotJudged() {
        assertThat(detector.detect("Putin, Erdogan hold talks in Sochi")).isEmpty();
        assertThat(detector.detect("Kim met Xi. ".repeat(10) + "1234567890 ".repeat(50))).isEmpty();
    }
}
