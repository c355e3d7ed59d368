# Mestre — Svenska.
# This file: speakers, sound and the recording studio.

## Speaker and sound
speaker-play = Lyssna
speech-no-voice = Ingen röst på ditt språk än.
speech-failed = Ljudet fungerade inte.
## Recording studio
studio-open = Spela in röster
studio-title = Inspelning av röster
studio-lang = Språk
studio-recorded = Inspelad
studio-missing = Inte inspelad än
studio-progress = { $language }: { $recorded } av { $total }
studio-only-missing = Visa bara det som saknas
studio-heard =
    { $count ->
        [one] Hörd en gång
       *[other] Hörd { $count } gånger
    }
studio-synthetic = Har en syntetisk röst
studio-no-synthetic = Ingen syntetisk röst
studio-export = Spara röstpaket
studio-exported = { $count } inspelningar sparades i { $path }
studio-import = Hämta röstpaket
studio-imported = { $added } nya röster. { $same } fanns redan. { $kept } egna behölls. { $skipped } hoppades över.
