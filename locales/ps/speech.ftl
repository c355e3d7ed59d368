# Mestre — پښتو (Pashto). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: the whole file needs a check by a native Pashto speaker at the café.

## Speaker and sound
speaker-play = واورئ
speech-no-voice = ستاسو په ژبه لا غږ نشته.
speech-failed = غږ کار ونکړ.
## Recording studio
studio-open = غږونه ثبت کړئ
studio-title = د ثبت سټوډیو
studio-lang = ژبه
studio-recorded = ثبت شوی
studio-missing = لا ثبت شوی نه دی
studio-progress = { $language }: { $recorded } له { $total }
studio-only-missing = یوازې هغه وښایه چې نشته
studio-heard =
    { $count ->
        [one] یو ځل اورېدل شوی
       *[other] { $count } ځله اورېدل شوی
    }
studio-synthetic = مصنوعي غږ لري
studio-no-synthetic = مصنوعي غږ نه لري
studio-export = د غږ بسته خوندي کړه
studio-exported = { $count } ثبتونه په { $path } کې خوندي شول
studio-import = د غږ بسته پرانیزه
studio-imported = نوي غږونه: { $added }. مخکې وو: { $same }. خپل وساتل شول: { $kept }. پرېښودل شول: { $skipped }.
