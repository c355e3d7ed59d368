# Mestre — Українська (Ukrainian).
# This file: speakers, sound and the recording studio.

## Speaker and sound
speaker-play = Слухати
speech-no-voice = Для вашої мови ще немає голосу.
speech-failed = Звук не спрацював.
## Recording studio
studio-open = Записати голоси
studio-title = Студія запису
studio-lang = Мова
studio-recorded = Записано
studio-missing = Ще не записано
studio-progress = { $language }: { $recorded } з { $total }
studio-only-missing = Показати лише те, чого бракує
studio-heard =
    { $count ->
        [one] Почуто { $count } раз
        [few] Почуто { $count } рази
       *[other] Почуто { $count } разів
    }
studio-synthetic = Є синтетичний голос
studio-no-synthetic = Немає синтетичного голосу
studio-export = Зберегти голосовий пакет
studio-exported = Записів збережено: { $count }, у { $path }
studio-import = Відкрити голосовий пакет
studio-imported = Нових голосів: { $added }. Вже були: { $same }. Наших залишено: { $kept }. Пропущено: { $skipped }.
