# Mestre — Svenska.
# This file: every error, as a person hears it.

## Errors
error-login-failed = Det var inte rätt. Försök igen.
error-login-locked =
    { $minutes ->
        [one] För många försök. Vänta en minut och försök sedan igen.
       *[other] För många försök. Vänta { $minutes } minuter och försök sedan igen.
    }
error-not-allowed = Bara en handledare kan göra detta.
error-invalid-input = Kontrollera det du skrev eller valde.
error-image-unreadable = Bilden kan inte öppnas. Den är skadad, eller så är det inte en bild.
error-image-too-large = Bilden är för stor. Välj en mindre bild.
error-database-too-new = Datan kommer från en nyare Mestre. Uppdatera appen.
error-database-unavailable = Datan kan inte öppnas.
error-not-found = Hittades inte.
error-setup-state = Kaféet är redan skapat.
error-storage = Något gick fel när det skulle sparas. Inget har raderats.
error-peer-unreachable = Hittade inte den andra enheten. Kontrollera att båda är på samma nät.
error-not-paired = Den här enheten är inte ihopkopplad med den andra. Koppla ihop dem först.
error-sync-interrupted = Synkroniseringen avbröts. Inget har gått förlorat. Försök igen.
error-sync-refused = Den andra enheten sa nej. Försök igen, eller koppla ihop dem på nytt.
error-schema-mismatch = Enheterna har olika versioner av Mestre. Uppdatera båda.
error-pairing-wrong-code = Fel kod. Försök igen.
error-pairing-closed = Koden gäller inte längre. Be om en ny kod.
error-voice-pack-unreadable = Filen är inte ett röstpaket från Mestre, eller så är den skadad.
error-recording-empty = Inspelningen är tom. Prata lite närmare och försök igen.
error-audio-unreadable = Inspelningen kan inte spelas upp. Den är skadad.
error-microphone-missing = Ingen mikrofon hittades. Be handledaren om hjälp.
error-microphone-busy = Mikrofonen används eller fungerar inte. Försök igen om en stund.
error-other-cafe = Den här enheten hör till ett annat kafé.
error-pairing-busy = Den andra enheten är upptagen. Vänta lite och försök igen.
error-mentor-key-missing = Din handledarnyckel finns inte på den här enheten än. Synkronisera med kaféets dator först.
error-printer-unavailable = Ingen skrivare tog emot utskriften. PDF-filen är sparad.
error-reading-out-of-range = Termometern kan inte visa det. Titta en gång till och skriv talet igen.
error-aim-not-in-plan = Det här målet finns inte i hennes plan än. Lägg till det i planen först.
error-mark-out-of-order = Markeringarna kommer i ordning: först P, sedan F, sedan K.
error-evidence-missing = K kräver bevis. Lägg till minst ett bevis för målet först.
error-comment-missing = Skriv eller säg varför när du går ett steg tillbaka.
error-credential-invalid = Det här intyget är skadat eller ändrat efter att det signerades. Det går inte att lita på.
error-aim-not-checked = Ett Open Badge skapas när målet är kontrollerat (K).
