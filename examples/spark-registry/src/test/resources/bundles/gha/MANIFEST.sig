m4sd-signature 1
algorithm Ed25519
key-id c1d39ed391fe8f12
signature rpDHMKImoZW2Us/kG4k0vPNn3OpEjjI4t3YCDprtP5Oh/CJd39LFnmgKFKeQ8KX7o4dDf//7Q1UJVlKXgnjEAQ==
