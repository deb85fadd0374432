import SummitKit
print("summit \(SummitKitInfo.version)")
