# Mestre — Norsk nynorsk.
# This file: speakers, sound and the recording studio.

## Speaker and sound
speaker-play = Høyr
speech-no-voice = Inga stemme på språket ditt enno.
speech-failed = Lyden verka ikkje.
## Recording studio
studio-open = Spel inn stemmer
studio-title = Innspeling av stemmer
studio-lang = Språk
studio-recorded = Spelt inn
studio-missing = Ikkje spelt inn enno
studio-progress = { $language }: { $recorded } av { $total }
studio-only-missing = Vis berre det som manglar
studio-heard =
    { $count ->
        [one] Høyrt éin gong
       *[other] Høyrt { $count } gonger
    }
studio-synthetic = Har ei syntetisk stemme
studio-no-synthetic = Inga syntetisk stemme
studio-export = Lagra stemmepakke
studio-exported = { $count } opptak er lagra i { $path }
studio-import = Hent stemmepakke
studio-imported = { $added } nye stemmer. { $same } fanst frå før. { $kept } eigne haldne på. { $skipped } hoppa over.
