import FuzzSupport

runFuzzer { data, count in
    guard let data else { return 0 }
    return fuzzScrapingHub(data, count)
}
