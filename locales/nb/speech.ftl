# Mestre — Norsk bokmål. The reference locale: every message exists here first.
# This file: speakers, sound and the recording studio.
# Short, plain sentences: many trainees are just learning to read.

## Speaker and sound
speaker-play = Hør
speech-no-voice = Ingen stemme på ditt språk ennå.
speech-failed = Lyden virket ikke.
## Recording studio
studio-open = Spill inn stemmer
studio-title = Innspilling av stemmer
studio-lang = Språk
studio-recorded = Spilt inn
studio-missing = Ikke spilt inn ennå
studio-progress = { $language }: { $recorded } av { $total }
studio-only-missing = Vis bare det som mangler
studio-heard =
    { $count ->
        [one] Hørt én gang
       *[other] Hørt { $count } ganger
    }
studio-synthetic = Har en syntetisk stemme
studio-no-synthetic = Ingen syntetisk stemme
studio-export = Lagre stemmepakke
studio-exported = { $count } opptak er lagret i { $path }
studio-import = Hent stemmepakke
studio-imported = { $added } nye stemmer. { $same } fantes fra før. { $kept } egne beholdt. { $skipped } hoppet over.
