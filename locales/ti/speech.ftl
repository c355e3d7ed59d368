# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: the whole file needs a check by a native Tigrinya speaker at the café.

## Speaker and sound
speaker-play = ስምዒ
speech-no-voice = ብቋንቋኺ ገና ድምጺ የለን።
speech-failed = ድምጺ ኣይሰርሐን።
## Recording studio
studio-open = ድምጽታት ቅዳሕ
studio-title = ስቱድዮ ቅዳሕ
studio-lang = ቋንቋ
studio-recorded = ተቐዲሑ
studio-missing = ገና ኣይተቐድሐን
studio-progress = { $language }: { $recorded } ካብ { $total }
studio-only-missing = ዝጎደለ ጥራይ ኣርኢ
studio-heard =
    { $count ->
        [one] ሓንሳብ ተሰሚዑ
       *[other] { $count } ግዜ ተሰሚዑ
    }
studio-synthetic = ብማሽን ዝተሰርሐ ድምጺ ኣሎ
studio-no-synthetic = ብማሽን ዝተሰርሐ ድምጺ የለን
studio-export = ጥቕላል ድምጺ ዓቅብ
studio-exported = { $count } ቅዳሓት ኣብ { $path } ተዓቂቦም
studio-import = ጥቕላል ድምጺ ክፈት
studio-imported = ሓደሽቲ ድምጽታት: { $added }። ቀደም ዝነበሩ: { $same }። ናትና ዝተዓቀቡ: { $kept }። ዝተሰገሩ: { $skipped }።
