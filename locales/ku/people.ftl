# Mestre — Kurdî (Kurmancî), Latin script. Short, plain sentences.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.
# review: the whole file needs a check by a native Kurmanji speaker at the café.

## Who are you?
wall-title = Tu kî yî?
wall-mentors = Rêber
wall-trainees = Beşdar
wall-empty = Hêj beşdar tune ne. Rêberek dikare wan zêde bike.
say-name = { $name }

## Picture PIN
pin-title = Li sê wêneyên xwe bide
pin-progress = { $count } ji 3
pin-clear = Ji nû ve dest pê bike

## Password
password-title = Şîfreya xwe binivîse
password-label = Şîfre
password-submit = Têkeve

## Trainee home board
home-greeting = Silav { $name }! Ez kêfxweş im ku te dibînim.

## Mentor
mentor-title = Rêber: { $name }
mentor-trainees = Beşdar
mentor-add-trainee = Beşdarekê zêde bike
mentor-no-trainees = Hêj beşdar tune ne.
mentor-languages = Ziman: { $ui }, zimanê dayikê: { $home }

## New trainee
trainee-new-title = Beşdara nû
trainee-name = Nav
trainee-photo = Wêne
trainee-photo-file = Wêneyekî ji pelê hilbijêre
trainee-photo-camera = Bi kamerayê wêne bikişîne
trainee-photo-take = Wêne bikişîne
trainee-photo-remove = Wêneyê rake
trainee-ui-lang = Zimanê ku sepan pê re diaxive
trainee-home-lang = Zimanê dayikê (li kêleka norwêcî tê nîşandan)
trainee-pin = PIN-a wêneyan: sê wêneyan hilbijêre
trainee-pin-repeat = Heman sê wêneyan careke din hilbijêre
trainee-pin-mismatch = Wêne ne wek hev bûn. Sê wêneyên nû hilbijêre.
trainee-pin-done = PIN-a wêneyan hate hilbijartin.
trainee-save = Beşdarê tomar bike
trainee-saved = { $name } hate zêdekirin.
trainee-new-pin = PIN-a wêneyan a nû
trainee-new-pin-saved = PIN-a wêneyan a nû ji bo { $name } hate tomarkirin.
camera-unavailable = Kamera nehate dîtin.

## The twelve pictures of the picture PIN
picture-apple = sêv
picture-fish = masî
picture-sun = roj
picture-cat = pisîk
picture-car = erebe
picture-flower = kulîlk
picture-house = xanî
picture-star = stêrk
picture-cup = fincan
picture-tree = dar
picture-bread = nan
picture-heart = dil

## Caption order and this device
mentor-caption-order = Pêşî { $language }
mentor-tablet-settings = Ev amûr
mentor-idle = Piştî vê demê bi xwe derkeve
mentor-idle-minutes =
    { $minutes ->
        [one] deqeyek
       *[other] { $minutes } deqe
    }
mentor-idle-never = Tu car

## Mentors: adding, passwords, leaving
# review: the mentor messages below are new.
mentors-manage = Rêber û şîfre
mentors-you = { $name } (tu)
mentors-add-title = Rêbera nû
mentors-first-password = Şîfreya yekem
mentors-add-submit = Rêberê zêde bike
mentors-added = { $name } niha rêber e. Şîfreyê bide wê. Ew dikare bi xwe biguherîne.
mentors-change-title = Şîfreya xwe biguherîne
mentors-old-password = Şîfreya te ya niha
mentors-new-password = Şîfreya nû
mentors-change-submit = Şîfreyê biguherîne
mentors-changed = Şîfreya te hat guhertin.
mentors-reset = Şîfreyeke nû bide
mentors-reset-submit = Şîfreya nû tomar bike
mentors-reset-done = { $name } şîfreyeke nû wergirt.
mentors-retire = Ji rêberan rake
mentors-retire-confirm = { $name } ji rêberan were rakirin? Ew êdî nikare têkeve.
mentors-retired = { $name } êdî ne rêber e.
mentors-cancel = Betal bike
