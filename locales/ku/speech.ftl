# Mestre — Kurdî (Kurmancî), Latin script. Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: the whole file needs a check by a native Kurmanji speaker at the café.

## Speaker and sound
speaker-play = Guhdarî bike
speech-no-voice = Hîn dengek bi zimanê te tune ye.
speech-failed = Deng nexebitî.
## Recording studio
studio-open = Dengan tomar bike
studio-title = Stûdyoya tomarkirinê
studio-lang = Ziman
studio-recorded = Hate tomarkirin
studio-missing = Hêj nehatiye tomarkirin
studio-progress = { $language }: { $recorded } ji { $total }
studio-only-missing = Tenê yên kêm nîşan bide
studio-heard =
    { $count ->
        [one] Carekê hat bihîstin
       *[other] { $count } caran hat bihîstin
    }
studio-synthetic = Dengekî sûnî heye
studio-no-synthetic = Dengekî sûnî tune ye
studio-export = Pakêta dengan tomar bike
studio-exported = { $count } tomar di { $path } de hatin tomarkirin
studio-import = Pakêta dengan veke
studio-imported = Dengên nû: { $added }. Berê hebûn: { $same }. Yên me man: { $kept }. Hatin derbaskirin: { $skipped }.
