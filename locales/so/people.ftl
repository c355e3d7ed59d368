# Mestre — Soomaali (Somali). Short, plain sentences.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.
# review: the whole file needs a check by a native Somali speaker at the café.

## Who are you?
wall-title = Yaad tahay?
wall-mentors = Hagayaasha
wall-trainees = Ardayda
wall-empty = Weli arday ma jiraan. Hage ayaa ku dari kara.
say-name = { $name }

## Picture PIN
pin-title = Taabo saddexda sawir ee adiga kuu gaarka ah
pin-progress = { $count } ka mid ah 3
pin-clear = Dib u bilow

## Password
password-title = Qor furahaaga sirta ah
password-label = Furaha sirta ah
password-submit = Gal

## Trainee home board
home-greeting = Haye, { $name }! Waan ku faraxsanahay inaan ku arko.

## Mentor
mentor-title = Hage: { $name }
mentor-trainees = Ardayda
mentor-add-trainee = Ku dar arday
mentor-no-trainees = Weli arday ma jiraan.
mentor-languages = Luqadda: { $ui }, luqadda hooyo: { $home }

## New trainee
trainee-new-title = Arday cusub
trainee-name = Magaca
trainee-photo = Sawir
trainee-photo-file = Ka dooro sawir fayl
trainee-photo-camera = Sawir ku qaad kamarada
trainee-photo-take = Qaad sawirka
trainee-photo-remove = Ka saar sawirka
trainee-ui-lang = Luqadda barnaamijku kula hadlayo
trainee-home-lang = Luqadda hooyo (waxay ka muuqataa agagaarka Noorwiijiga)
trainee-pin = PIN sawir: dooro saddex sawir
trainee-pin-repeat = Mar kale dooro isla saddexdaas sawir
trainee-pin-mismatch = Sawiradu isku mid ma ahayn. Dooro saddex sawir oo cusub.
trainee-pin-done = PIN-ka sawirka waa la doortay.
trainee-save = Kaydi ardayda
trainee-saved = { $name } waa lagu daray.
trainee-new-pin = PIN sawir cusub
trainee-new-pin-saved = PIN sawir cusub ayaa loo kaydiyay { $name }.
camera-unavailable = Kamarad lama helin.

## The twelve pictures of the picture PIN
picture-apple = tufaax
picture-fish = kalluun
picture-sun = qorrax
picture-cat = bisad
picture-car = baabuur
picture-flower = ubax
picture-house = guri
picture-star = xiddig
picture-cup = koob
picture-tree = geed
picture-bread = rooti
picture-heart = qalbi

## Caption order and this device
mentor-caption-order = { $language } marka hore
mentor-tablet-settings = Qalabkan
mentor-idle = Si iskiis ah uga bax kadib
mentor-idle-minutes =
    { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    }
mentor-idle-never = Marna

## Mentors: adding, passwords, leaving
# review: the mentor messages below are new.
mentors-manage = Macallimiinta iyo furayaasha sirta
mentors-you = { $name } (adiga)
mentors-add-title = Macallimad cusub
mentors-first-password = Furaha sirta ee ugu horreeya
mentors-add-submit = Ku dar macallimad
mentors-added = { $name } hadda waa macallimad. Sii furaha sirta. Iyadu way beddeli kartaa.
mentors-change-title = Beddel furahaaga sirta
mentors-old-password = Furaha sirta ee hadda
mentors-new-password = Furaha sirta cusub
mentors-change-submit = Beddel furaha sirta
mentors-changed = Furahaaga sirta waa la beddelay.
mentors-reset = Sii furo sir cusub
mentors-reset-submit = Keydi furaha sirta cusub
mentors-reset-done = { $name } waxay heshay furo sir cusub.
mentors-retire = Ka saar macallimiinta
mentors-retire-confirm = Ma laga saaraa { $name } macallimiinta? Mar dambe ma geli karto.
mentors-retired = { $name } hadda macallimad ma aha.
mentors-cancel = Jooji
