# Mestre — English.
# This file: speakers, sound and the recording studio.

## Speaker and sound
speaker-play = Listen
speech-no-voice = No voice in your language yet.
speech-failed = The sound did not work.
## Recording studio
studio-open = Record voices
studio-title = Recording studio
studio-lang = Language
studio-recorded = Recorded
studio-missing = Not recorded yet
studio-progress = { $language }: { $recorded } of { $total }
studio-only-missing = Show only what is missing
studio-heard =
    { $count ->
        [one] Heard once
       *[other] Heard { $count } times
    }
studio-synthetic = Has a synthetic voice
studio-no-synthetic = No synthetic voice
studio-export = Save voice pack
studio-exported = { $count } recordings saved in { $path }
studio-import = Open voice pack
studio-imported = { $added } new voices. { $same } were here already. { $kept } of our own kept. { $skipped } skipped.
