#include "store/bundle.h"

#include <cstring>
#include <fstream>
#include <functional>

#include "platform/os/os_files.h"
#include "store/atomic_file.h"
#include "store/frame.h"
#include "store/key_sealed_file.h"
#include "store/record_codec.h"
#include "store/sealed_file.h"

namespace samenspel {

namespace fs = std::filesystem;

std::string bundleHeader(std::uint32_t count) {
    std::string h;
    h.append(kBundleMagic);
    putU16(h, kBundleFormatVersion);
    putU16(h, 0);
    putU32(h, count);
    putU32(h, crc32(h.data(), h.size()));
    return h;
}

namespace {

std::string at(std::uint64_t offset) { return "at byte " + std::to_string(offset) + ": "; }

}  // namespace

InputKind inputKindOf(const fs::path& input) {
    std::error_code ec;
    if (!fs::exists(input, ec)) return InputKind::Missing;
    if (fs::is_directory(input, ec)) return InputKind::Folder;
    if (!fs::is_regular_file(input, ec)) return InputKind::Unknown;  // a pipe or device is never read
    std::ifstream in(input, std::ios::binary);
    char magic[8] = {};
    in.read(magic, sizeof magic);
    const std::string_view m(magic, static_cast<std::size_t>(in.gcount()));
    if (m == kBundleMagic || m == kSealMagic || m == kKeySealMagic) return InputKind::Bundle;
    if (m == kRecordMagic) return InputKind::RecordFile;
    return InputKind::Unknown;
}

// --- BundleReader ---------------------------------------------------------

BundleReader::~BundleReader() {
    if (file_) std::fclose(file_);
}

bool BundleReader::readAt(std::uint64_t offset, char* into, std::size_t size) {
    if (filePos_ != offset) {
        if (os::seek(file_, static_cast<long long>(offset), SEEK_SET) != 0) return false;
        filePos_ = offset;
    }
    const std::size_t got = std::fread(into, 1, size, file_);
    filePos_ += got;
    return got == size;
}

// The next place a record frame could start; the end of the file if none.
std::uint64_t BundleReader::findMagic(std::uint64_t from) {
    constexpr std::size_t kChunk = 4096;
    constexpr std::size_t overlap = kRecordMagic.size() - 1;
    char buf[kChunk + overlap];  // on the stack: resyncing allocates nothing
    std::uint64_t offset = from;
    while (offset < size_) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk + overlap, size_ - offset));
        if (!readAt(offset, buf, want)) return size_;
        const std::size_t hit = std::string_view(buf, want).find(kRecordMagic);
        if (hit != std::string_view::npos) return offset + hit;
        if (want < kChunk + overlap) break;
        offset += kChunk;
    }
    return size_;
}

BundleReader::Step BundleReader::damaged(std::uint64_t offset, const std::string& reason, bool resync,
                                         std::uint64_t frameEnd, std::string* why) {
    // A frame whose CRC held has a trustworthy length, so reading goes on
    // right after it. Otherwise the length may be the damaged part, and the
    // next record is found by its magic bytes.
    pos_ = resync ? findMagic(offset + 1) : frameEnd;
    damageSeen_ = true;
    ++seen_;
    if (why) {
        *why = at(offset) + reason;
        if (resync && pos_ > offset + kFrameHeaderBytes)
            *why += " (skipped " + std::to_string(pos_ - offset) + " bytes to the next record)";
    }
    return Step::Damaged;
}

bool BundleReader::open(const fs::path& file, std::string* why, const std::string& passphrase) {
    auto fail = [&](std::string m) {
        if (why) *why = std::move(m);
        return false;
    };
    if (isKeySealedFile(file))
        return fail("this bundle is sealed to a coordinator's key: only samenspel-hub import --key opens it");
    if (isSealedFile(file)) {
        if (passphrase.empty()) return fail("this bundle is encrypted: give its passphrase (--passphrase-file F)");
        FileHandle plain = openSealedFile(file, passphrase, why);
        if (!plain) return false;
        return openDecrypted(std::move(plain), why);
    }
    std::error_code ec;
    size_ = fs::file_size(file, ec);
    if (ec) return fail("cannot read: " + ec.message());
    file_ = os::openFile(file, "rb");
    if (!file_) return fail(std::string("cannot open: ") + std::strerror(errno));
    return readHeader(why);
}

bool BundleReader::openDecrypted(FileHandle plain, std::string* why) {
    auto fail = [&](std::string m) {
        if (why) *why = std::move(m);
        return false;
    };
    if (os::seek(plain.get(), 0, SEEK_END) != 0) return fail("cannot read the decrypted bundle");
    const long long end = os::tell(plain.get());
    if (end < 0) return fail("cannot read the decrypted bundle");
    size_ = static_cast<std::uint64_t>(end);
    filePos_ = size_;
    file_ = plain.release();
    return readHeader(why);
}

bool BundleReader::readHeader(std::string* why) {
    auto fail = [&](std::string m) {
        if (why) *why = std::move(m);
        return false;
    };
    if (size_ < kFrameHeaderBytes)
        return fail("truncated: " + std::to_string(size_) + " bytes, shorter than the 20-byte bundle header");
    char raw[kFrameHeaderBytes];
    if (!readAt(0, raw, sizeof raw)) return fail("cannot read the bundle header");
    const FrameHeader h = readFrameHeader(std::string_view(raw, sizeof raw));
    if (h.magic != kBundleMagic) return fail("not a Samenspel bundle (wrong magic bytes)");
    if (h.version == 0 || h.version > kBundleFormatVersion)
        return fail("bundle format version " + std::to_string(h.version) + " is not one this app reads (1.." +
                    std::to_string(kBundleFormatVersion) + ")");
    if (h.flags != 0) return fail("unknown bundle flags " + std::to_string(h.flags));
    declared_ = h.length;
    pos_ = kFrameHeaderBytes;
    // A damaged header does not stop the records from loading: each carries
    // its own frame. Only the record count is no longer trusted.
    if (crc32(raw, 16) != h.crc) {
        countTrusted_ = false;
        pending_ = "bundle header checksum mismatch; its record count is not trusted";
    } else if (declared_ > kMaxBundleRecords) {
        countTrusted_ = false;
        pending_ = "bundle header claims " + std::to_string(declared_) + " records, more than the cap of " +
                   std::to_string(kMaxBundleRecords);
    } else if (static_cast<std::uint64_t>(declared_) * kFrameHeaderBytes > size_ - kFrameHeaderBytes) {
        countTrusted_ = false;
        pending_ = "bundle header claims " + std::to_string(declared_) + " records, more than its " +
                   std::to_string(size_) + " bytes can hold";
    }
    return true;
}

BundleReader::Step BundleReader::next(RawRecord& out, std::string* why) {
    if (!file_) return Step::End;
    if (!pending_.empty()) {
        if (why) *why = pending_;
        pending_.clear();
        damageSeen_ = true;
        return Step::Damaged;
    }
    if (pos_ >= size_) {
        if (!countChecked_ && countTrusted_ && !damageSeen_ && seen_ != declared_) {
            countChecked_ = true;
            if (why)
                *why = "the bundle holds " + std::to_string(seen_) + " records but its header says " +
                       std::to_string(declared_);
            return Step::Damaged;
        }
        return Step::End;
    }
    if (seen_ >= kMaxBundleRecords) {
        const std::uint64_t offset = pos_;
        pos_ = size_;
        if (why) *why = at(offset) + "more than " + std::to_string(kMaxBundleRecords) + " records; the rest is ignored";
        damageSeen_ = true;
        return Step::Damaged;
    }
    const std::uint64_t offset = pos_;
    const std::uint64_t left = size_ - offset;
    if (countTrusted_ && !damageSeen_ && seen_ == declared_) {
        pos_ = size_;
        damageSeen_ = true;
        if (why) *why = at(offset) + std::to_string(left) + " trailing bytes after the last record";
        return Step::Damaged;
    }
    if (left < kFrameHeaderBytes)
        return damaged(offset, "truncated: " + std::to_string(left) + " bytes, too few for a record header", true, 0,
                       why);
    char raw[kFrameHeaderBytes];
    if (!readAt(offset, raw, sizeof raw)) return damaged(offset, "cannot read the record header", true, 0, why);
    const FrameHeader h = readFrameHeader(std::string_view(raw, sizeof raw));
    if (auto problem = recordHeaderProblem(h)) return damaged(offset, *problem, true, 0, why);
    if (h.length > left - kFrameHeaderBytes)
        return damaged(offset,
                       "truncated: the record promises " + std::to_string(h.length) +
                           " payload bytes, the bundle has " + std::to_string(left - kFrameHeaderBytes) + " left",
                       true, 0, why);
    // The length is now known to be within the cap and within the file.
    out.frame.assign(raw, sizeof raw);
    out.frame.resize(kFrameHeaderBytes + h.length);
    if (!readAt(offset + kFrameHeaderBytes, out.frame.data() + kFrameHeaderBytes, h.length))
        return damaged(offset, "cannot read the record", true, 0, why);
    const std::string_view payload = std::string_view(out.frame).substr(kFrameHeaderBytes);
    if (crc32(payload.data(), payload.size()) != h.crc) return damaged(offset, "checksum mismatch", true, 0, why);
    const std::uint64_t end = offset + kFrameHeaderBytes + h.length;
    auto id = peekRecordId(payload);
    if (!id) return damaged(offset, "the record's id cannot be read", false, end, why);
    if (verify_) {
        std::string reason;
        if (!decodeRecordPayload(payload, &reason))
            return damaged(offset, "record " + id->hex() + ": " + reason, false, end, why);
    }
    out.id = *id;
    pos_ = end;
    ++seen_;
    return Step::Record;
}

// --- RecordUnion ----------------------------------------------------------

RecordUnion::Outcome RecordUnion::add(RawRecord r) {
    auto [it, inserted] = frames_.try_emplace(r.id, std::move(r.frame));
    if (inserted) return Outcome::Added;
    if (it->second == r.frame) return Outcome::Duplicate;
    if (r.frame < it->second) it->second = std::move(r.frame);
    return Outcome::Conflict;
}

bool RecordUnion::addInput(const fs::path& input, MergeReport& report, bool verify, const std::string& passphrase) {
    const std::string name = input.string();
    auto count = [&](RawRecord r) {
        const RecordId id = r.id;
        ++report.read;
        switch (add(std::move(r))) {
        case Outcome::Added: break;
        case Outcome::Duplicate: ++report.duplicates; break;
        case Outcome::Conflict:
            ++report.conflicts;
            report.problems.push_back(name + ": record " + id.hex() +
                                      " differs from another record with the same id; the smaller encoding is kept");
            break;
        }
    };
    auto damaged = [&](const std::string& line) {
        ++report.damaged;
        report.problems.push_back(name + ": " + line);
    };
    switch (inputKindOf(input)) {
    case InputKind::Missing: damaged("no such file or folder"); return false;
    case InputKind::Unknown: damaged("not a Samenspel bundle, record or record folder"); return false;
    case InputKind::Folder: {
        if (!RecordFolder::looksLikeFolder(input)) {
            damaged("not a record folder (it has no records/ or in-progress/)");
            return false;
        }
        FolderLoad loaded = RecordFolder(input).load(LoadMode::CheckOnly);
        for (auto& s : loaded.finished) count({s.record.id, std::move(s.frame)});
        report.inProgressSkipped += loaded.inProgress.size();
        for (const auto& d : loaded.damaged) {
            ++report.damaged;
            report.problems.push_back(d.line());
        }
        for (const auto& p : loaded.problems) damaged(p);
        return true;
    }
    case InputKind::RecordFile: {
        std::string why;
        auto frame = readRecordFrame(input, &why);
        std::optional<Record> record;
        if (frame) record = decodeRecord(*frame, &why);
        if (!record) {
            damaged(why);
            return true;
        }
        if (record->status == RecordStatus::InProgress) {
            ++report.inProgressSkipped;
            return true;
        }
        count({record->id, std::move(*frame)});
        return true;
    }
    case InputKind::Bundle: {
        BundleReader reader(verify);
        std::string why;
        if (!reader.open(input, &why, passphrase)) {
            damaged(why);
            return false;
        }
        RawRecord r;
        for (;;) {
            auto step = reader.next(r, &why);
            if (step == BundleReader::Step::End) break;
            if (step == BundleReader::Step::Damaged) damaged(why);
            else count(std::move(r));
        }
        return true;
    }
    }
    return false;
}

namespace {
// Writes header + frames through AtomicFile or SealedWriter alike.
template <class Out>
bool writeFrames(Out& out, const std::map<RecordId, std::string>& frames, const std::string& header, std::string* why) {
    if (!out.open(why) || !out.write(header, why)) return false;
    for (const auto& [id, frame] : frames)
        if (!out.write(frame, why)) return false;
    return out.commit(why);
}
}  // namespace

bool RecordUnion::write(const fs::path& bundle, std::string* why, bool durable, const std::string& passphrase) const {
    if (frames_.size() > kMaxBundleRecords) {
        if (why)
            *why = "cannot write " + std::to_string(frames_.size()) + " records into one bundle (cap " +
                   std::to_string(kMaxBundleRecords) + ")";
        return false;
    }
    const std::string header = bundleHeader(static_cast<std::uint32_t>(frames_.size()));
    if (!passphrase.empty()) {
        SealedWriter sealed(bundle, passphrase, durable);
        return writeFrames(sealed, frames_, header, why);
    }
    AtomicFile plain(bundle, durable);
    return writeFrames(plain, frames_, header, why);
}

bool RecordUnion::writeSealedToKey(const fs::path& bundle, const HubPublicKey& key, std::string* why,
                                   bool durable) const {
    if (frames_.size() > kMaxBundleRecords) {
        if (why) *why = "too many records for one bundle";
        return false;
    }
    auto sealed = keySealedWriter(bundle, key, durable);
    if (!sealed) {
        if (why) *why = "the encryption library could not start";
        return false;
    }
    return writeFrames(*sealed, frames_, bundleHeader(static_cast<std::uint32_t>(frames_.size())), why);
}

// --- export ---------------------------------------------------------------

namespace {

bool exportWith(const RecordFolder& folder, const fs::path& bundle, bool all, ExportReport& report, std::string* why,
                const std::function<bool(const RecordUnion&)>& write) {
    std::error_code ec;
    if (fs::exists(bundle, ec)) {
        if (why) *why = bundle.string() + " already exists; an export never overwrites a file";
        return false;
    }
    FolderLoad loaded = folder.load(LoadMode::CheckOnly);
    for (const auto& d : loaded.damaged) report.problems.push_back(d.line());
    for (const auto& p : loaded.problems) report.problems.push_back(p);
    const std::set<RecordId> done = all ? std::set<RecordId>{} : folder.exportedIds();
    RecordUnion chosen;
    std::vector<RecordId> ids;
    for (auto& s : loaded.finished) {
        if (done.count(s.record.id)) {
            ++report.alreadyExported;
            continue;
        }
        ids.push_back(s.record.id);
        chosen.add({s.record.id, std::move(s.frame)});
    }
    // Nothing new: no file at all, so an empty export never replaces or
    // hides an earlier one.
    if (chosen.size() == 0) return true;
    if (!write(chosen)) return false;
    report.written = chosen.size();
    // Marked only once the bundle is safely written; if this fails the
    // records are simply offered again next time.
    return folder.markExported(ids, why);
}

}  // namespace

bool exportBundle(const RecordFolder& folder, const fs::path& bundle, bool all, ExportReport& report, std::string* why,
                  bool durable, const std::string& passphrase) {
    return exportWith(folder, bundle, all, report, why,
                      [&](const RecordUnion& u) { return u.write(bundle, why, durable, passphrase); });
}

bool exportBundleToKey(const RecordFolder& folder, const fs::path& bundle, bool all, const HubPublicKey& key,
                       ExportReport& report, std::string* why, bool durable) {
    return exportWith(folder, bundle, all, report, why,
                      [&](const RecordUnion& u) { return u.writeSealedToKey(bundle, key, why, durable); });
}

}  // namespace samenspel
